package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new commune's own guide, and the repository the archetype leaves: the guide read against the files made. */
class CommuneGuideIT {

    @TempDir
    Path tmp;

    @Test
    void aNewCommunesGuideIsAboutThisCommuneAndEverySettingAndLinkItNamesExists() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        String guide = Files.readString(commune.resolve("HUONG-DAN.md"), StandardCharsets.UTF_8);

        assertThat(guide).doesNotContain("Lục Ba", "luc-ba", "lucba")
                .contains("/srv/cong-khai/phu-thinh</cong-khai.dang.dich>",
                        "<cong-khai.dang.dia-chi-web>https://phuthinh.thainguyen.gov.vn<",
                        "<username>phuthinh</username>", "Phú Thịnh, ngày 28");
        Properties settings = new Properties();
        settings.load(new StringReader(Files.readString(commune.resolve("jbake.properties"), StandardCharsets.UTF_8)));
        assertThat(GuideCheck.settings(guide)).contains("site.host", "niem_yet.dia_diem", "ngay_bake")
                .allSatisfy(key -> assertThat(settings).as("jbake.properties").containsKey(key));
        assertThat(GuideCheck.brokenLinks(guide, commune)).isEmpty();
        assertThat(commune.resolve(".xa-mau")).as("the example's facts are not left in the commune").doesNotExist();
    }

    @Test
    void aNewCommuneIsAGitRepositoryOnMainWithItsFirstCommitAndAnExecutableMavenWrapper() throws Exception {
        Mvn.Run made = Mvn.run(tmp, "-B", "archetype:generate", "-DarchetypeGroupId=vn.congkhai",
                "-DarchetypeArtifactId=cong-khai-archetype", "-DarchetypeVersion=" + Mvn.VERSION,
                "-DartifactId=van-phu", "-DtenXa=Vạn Phú", "-Dtinh=Thái Nguyên",
                "-DdiaChiWeb=https://vanphu.thainguyen.gov.vn", "-DinteractiveMode=false");
        assertThat(made.status()).as(made.output()).isZero();
        assertThat(made.output()).doesNotContain("Don't override");
        Path commune = tmp.resolve("van-phu");

        assertThat(Files.isExecutable(commune.resolve("mvnw"))).isTrue();
        assertThat(git(commune, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(git(commune, "log", "--format=%s")).isEqualTo("Trang công khai của xã Vạn Phú");
        assertThat(git(commune, "status", "--porcelain")).as("every file is in the first commit").isEmpty();
        assertThat(git(commune, "ls-files")).contains("mvnw", "HUONG-DAN.md", ".gitignore").doesNotContain(".xa-mau");
    }

    @Test
    void theExampleCommunesGuideHasNoBrokenLinkAndNamesOnlyItsOwnSettings() throws Exception {
        Path example = Path.of(System.getProperty("congkhai.example"));
        String guide = Files.readString(example.resolve("HUONG-DAN.md"), StandardCharsets.UTF_8);
        Properties settings = new Properties();
        settings.load(new StringReader(Files.readString(example.resolve("jbake.properties"), StandardCharsets.UTF_8)));

        assertThat(GuideCheck.brokenLinks(guide, example)).isEmpty();
        assertThat(GuideCheck.settings(guide)).allSatisfy(key -> assertThat(settings).containsKey(key));
    }

    @Test
    void theGuideCheckFindsAWrongAnchorAMissingPictureAndASettingButNotAFileName() {
        String guide = "# Hướng dẫn\n\n1. [Đăng lên mạng](#2-đăng-lên-mạng)\n2. [Sai](#3-in)\n\n## 2. Đăng lên mạng\n\n"
                + "<img src=\"docs/anh/khong-co.png\" alt=\"\">\n\nGhi `niem_yet.dia_diem=` trong `jbake.properties`, "
                + "xem [trang](https://example.gov.vn/).\n";

        assertThat(GuideCheck.brokenLinks(guide, tmp)).containsExactly("#3-in", "docs/anh/khong-co.png");
        assertThat(GuideCheck.settings(guide)).containsExactly("niem_yet.dia_diem");
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Command.run(command, dir, environment -> { }, 30).output().strip();
    }
}

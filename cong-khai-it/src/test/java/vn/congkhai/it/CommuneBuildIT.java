package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Communes as their officers build them: made by the archetype, baked by the plugin through a real Maven. */
class CommuneBuildIT {

    @TempDir
    Path tmp;

    @Test
    void aCommuneFromTheArchetypeHoldsOnlyItsFilesAndBakesAtOnceNamingItself() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        assertThat(files(commune)).containsExactly(".github/workflows/cong-khai.yml", ".gitignore", ".gitlab-ci.yml",
                ".mvn/wrapper/maven-wrapper.properties",
                "HUONG-DAN.md", "assets/.gitkeep", "content/co-cau-to-chuc/uy-ban-nhan-dan.json",
                "content/thong-bao/vi-du-thong-bao.md",
                "content/trang/gioi-thieu.md", "docs/anh/ban-in.png", "docs/anh/ho-ngheo.png",
                "docs/anh/loi-noi-dung.png", "docs/anh/soan-bang.png", "docs/anh/soan-trang-dau.png",
                "docs/anh/tim-kiem.png", "docs/anh/trang-chu.png", "jbake.properties",
                "mvnw", "mvnw.cmd", "pom.xml", "soan-thao.cmd", "soan-thao.sh", "templates/.gitkeep");
        assertThat(Files.readString(commune.resolve("pom.xml"))).contains("<artifactId>cong-khai-commune</artifactId>")
                .contains("<version>" + Mvn.VERSION + "</version>");

        Mvn.Run bake = Mvn.run(commune, "-q", "package");
        assertThat(bake.status()).as(bake.output()).isZero();
        assertThat(bake.output()).as("mvn -q package of a good site prints nothing").isBlank();
        String home = Files.readString(commune.resolve("target/site/index.html"), StandardCharsets.UTF_8);
        assertThat(home).contains("<title>Công khai thông tin - Xã Phú Thịnh").contains("Ủy ban nhân dân xã Phú Thịnh");
        String sample = Files.readString(commune.resolve("target/site/thong-bao/vi-du-thong-bao.html"));
        assertThat(sample).contains("<strong>Dữ liệu mẫu:</strong>");
        assertThat(commune.resolve("target/schemas/ho-ngheo.schema.json")).isRegularFile();
    }

    @Test
    void aBrokenFileFailsMvnQPackageWithTheOfficersListAndLeavesTheSiteAsItWas() throws Exception {
        Path commune = Mvn.generate(tmp, "van-phu", "Vạn Phú", "Thái Nguyên", "https://vanphu.thainguyen.gov.vn");
        assertThat(Mvn.run(commune, "-q", "package").status()).isZero();
        Map<String, String> before = FixtureSite.hashes(commune.resolve("target/site"));
        Path notice = commune.resolve("content/thong-bao/vi-du-thong-bao.md");
        Files.writeString(notice, Files.readString(notice).replace("date=2026-01-01", "date=2026-13-01")
                .replace("muc_cong_khai=14", "muc_cong_khai=15"), StandardCharsets.UTF_8);

        Mvn.Run broken = Mvn.run(commune, "-q", "package");

        assertThat(broken.status()).isEqualTo(1);
        List<String> ours = broken.lines().stream().takeWhile(l -> !l.startsWith("[ERROR] Failed to execute goal"))
                .toList();
        assertThat(ours).containsExactly(
                "[ERROR] Nội dung có 2 lỗi. Trang web chưa được cập nhật (bản đã đăng trước đó vẫn giữ nguyên).",
                "[ERROR] content/thong-bao/vi-du-thong-bao.md:2: date: ngày \"2026-13-01\" không có thật (ngày ban "
                        + "hành). Cách sửa: kiểm tra lại ngày và tháng.",
                "[ERROR] content/thong-bao/vi-du-thong-bao.md:5: muc_cong_khai: \"15\" không phải mục của Điều 11. "
                        + "Cách sửa: viết một số từ 1 đến 14.",
                "[ERROR] Sửa các lỗi trên (tệp:dòng: trường: lỗi và cách sửa) rồi chạy lại.");
        // Then Maven's own closing lines, the same for every failed build, and nothing else: no stack trace, no
        // plugin or library output.
        assertThat(broken.lines().subList(ours.size(), broken.lines().size())).containsExactly(
                "[ERROR] Failed to execute goal vn.congkhai:cong-khai-maven-plugin:" + Mvn.VERSION + ":bake "
                        + "(cong-khai) on project van-phu: Nội dung có lỗi (xem danh sách ở trên): trang web chưa được "
                        + "tạo lại. -> [Help 1]",
                "[ERROR] ",
                "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
                "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
                "[ERROR] ",
                "[ERROR] For more information about the errors and possible solutions, please read the following "
                        + "articles:",
                "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException");
        assertThat(FixtureSite.hashes(commune.resolve("target/site"))).isEqualTo(before);
    }

    @Test
    void threeCommunesBakeInOneReactorSideBySideEachIntoItsOwnSite() throws Exception {
        Path province = tmp.resolve("tinh");
        Mvn.generate(province, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        Mvn.generate(province, "van-phu", "Vạn Phú", "Thái Nguyên", "https://vanphu.thainguyen.gov.vn");
        Path lucBa = province.resolve("luc-ba");
        Path example = FixtureSite.example();
        for (String part : List.of("content", "templates", "assets")) {
            FixtureSite.copyTree(example.resolve(part), lucBa.resolve(part));
        }
        Files.copy(example.resolve("jbake.properties"), lucBa.resolve("jbake.properties"));
        Files.copy(example.resolve("pom.xml"), lucBa.resolve("pom.xml"));
        Files.writeString(lucBa.resolve("pom.xml"), Files.readString(lucBa.resolve("pom.xml"))
                .replaceAll("(?s)\\s*<!-- Only in this repository.*?<relativePath>[^<]*</relativePath>", "\n    <relativePath/>"));
        Files.writeString(province.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>vn.congkhai.tinh</groupId>
                  <artifactId>thai-nguyen</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules>
                    <module>luc-ba</module>
                    <module>phu-thinh</module>
                    <module>van-phu</module>
                  </modules>
                </project>
                """);

        Mvn.Run run = Mvn.run(province, "-q", "-T", "3", "package");

        assertThat(run.status()).as(run.output()).isZero();
        for (String[] commune : new String[][]{{"luc-ba", "Lục Ba"}, {"phu-thinh", "Phú Thịnh"},
                {"van-phu", "Vạn Phú"}}) {
            String home = Files.readString(province.resolve(commune[0]).resolve("target/site/index.html"));
            assertThat(home).as(commune[0]).contains("<title>Công khai thông tin - Xã " + commune[1]);
        }
        assertThat(province.resolve("luc-ba/target/site/ho-ngheo")).isDirectory();
        assertThat(province.resolve("phu-thinh/target/site/ho-ngheo/index.html")).isRegularFile();
        assertThat(Files.readString(province.resolve("phu-thinh/target/site/index.html"))).doesNotContain("Lục Ba");

        // The province's view of the reactor's communes, from their baked sites; then with one folder that is not
        // there: a warning naming it and the fix, and the board still made from the others.
        String tinh = "vn.congkhai:cong-khai-maven-plugin:" + Mvn.VERSION + ":tinh";
        Mvn.Run view = Mvn.run(province, "-q", tinh, "-DdiaChiWeb=https://congkhai.thainguyen.gov.vn");
        assertThat(view.status()).as(view.output()).isZero();
        org.jsoup.nodes.Document board = org.jsoup.Jsoup.parse(province.resolve("target/tinh/index.html").toFile());
        assertThat(board.select("table.board tbody th").eachText()).containsExactly("Lục Ba", "Phú Thịnh", "Vạn Phú");
        assertThat(province.resolve("target/tinh/xa/luc-ba.html")).isRegularFile();
        assertThat(province.resolve("target/tinh/feed.xml")).isRegularFile();
        Mvn.Run missing = Mvn.run(province, tinh, "-DdiaChiWeb=https://congkhai.thainguyen.gov.vn",
                "-Dnguon=luc-ba,phu-tinh");
        assertThat(missing.status()).as(missing.output()).isZero();
        assertThat(missing.lines()).contains("[WARNING] Không đọc được dữ liệu của xã ở \"phu-tinh\": không có "
                + "thư mục " + province.resolve("phu-tinh") + ". Cách làm: sửa đường dẫn trong danh sách xã của tỉnh "
                + "(nguon), hoặc tải thư mục trang của xã (target/site) về đúng chỗ đó.");
        assertThat(org.jsoup.Jsoup.parse(province.resolve("target/tinh/index.html").toFile())
                .select("table.board tbody th").eachText()).containsExactly("Lục Ba", "phu-tinh");
    }

    /** The files of a folder, by path with '/', in order; nothing of a build ({@code target/}). */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("target/") && !p.startsWith(".git/")).sorted().toList();
        }
    }
}

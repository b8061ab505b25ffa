package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers a new commune is created with, through a real {@code mvn archetype:generate}: natural answers ("Xã
 * Phú Thịnh", an address without https://) are completed and every value is written escaped for its file; hostile
 * or wrong ones stop the generation with one Vietnamese line, and nothing is left behind.
 */
class ArchetypeAnswersIT {

    @TempDir
    Path tmp;

    private Mvn.Run generate(String id, String name, String province, String address) throws Exception {
        return Mvn.run(tmp, "-B", "-q", "archetype:generate", "-DarchetypeGroupId=vn.congkhai",
                "-DarchetypeArtifactId=cong-khai-archetype", "-DarchetypeVersion=" + Mvn.VERSION,
                "-DartifactId=" + id, "-DtenXa=" + name, "-Dtinh=" + province, "-DdiaChiWeb=" + address,
                "-DinteractiveMode=false");
    }

    @Test
    void naturalAnswersAreCompletedAndEachValueIsEscapedForItsFile() throws Exception {
        Mvn.Run run = generate("phu-thinh", "Xã Phú Thịnh & Tân Lập", "tỉnh Thái Nguyên", "phuthinh.thainguyen.gov.vn");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.lines()).contains(
                "Đã bỏ chữ \"Xã\" ở đầu tenXa: tenXa=Phú Thịnh & Tân Lập (trang tự viết \"xã Phú Thịnh & Tân Lập\").",
                "Đã bỏ chữ \"tỉnh\" ở đầu tinh: tinh=Thái Nguyên (trang tự viết \"tỉnh Thái Nguyên\").",
                "Đã thêm https:// vào địa chỉ trang: diaChiWeb=https://phuthinh.thainguyen.gov.vn.");
        Path commune = tmp.resolve("phu-thinh");

        Properties config = new Properties();
        config.load(new StringReader(Files.readString(commune.resolve("jbake.properties"), StandardCharsets.UTF_8)));
        assertThat(config.getProperty("xa.ten")).isEqualTo("Phú Thịnh & Tân Lập");
        assertThat(config.getProperty("xa.co_quan")).isEqualTo("Ủy ban nhân dân xã Phú Thịnh & Tân Lập");
        assertThat(config.getProperty("xa.tinh")).isEqualTo("Thái Nguyên");
        assertThat(config.getProperty("xa.dia_chi")).isEqualTo("Trụ sở UBND xã Phú Thịnh & Tân Lập, tỉnh Thái Nguyên");
        assertThat(config.getProperty("site.host")).isEqualTo("https://phuthinh.thainguyen.gov.vn");

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(commune.resolve("pom.xml").toFile());
        assertThat(pom.getElementsByTagName("name").item(0).getTextContent()).isEqualTo("Xã Phú Thịnh & Tân Lập");
        for (Path page : List.of(commune.resolve("content/trang/gioi-thieu.md"),
                commune.resolve("content/thong-bao/vi-du-thong-bao.md"), commune.resolve("pom.xml"))) {
            assertThat(Files.readString(page)).doesNotContainIgnoringCase("xã xã").doesNotContain("@tenXa@", "@tinh@");
        }
        assertThat(Files.readString(commune.resolve("content/trang/gioi-thieu.md")))
                .startsWith("title=Giới thiệu xã Phú Thịnh & Tân Lập và trang công khai thông tin\n");
        assertThat(Files.isExecutable(commune.resolve("mvnw"))).isTrue();

        Mvn.Run bake = Mvn.run(commune, "-q", "package");
        assertThat(bake.status()).as(bake.output()).isZero();
        assertThat(Files.readString(commune.resolve("target/site/index.html"), StandardCharsets.UTF_8))
                .contains("Ủy ban nhân dân xã Phú Thịnh &amp; Tân Lập").doesNotContainIgnoringCase("xã xã");
    }

    @Test
    void wrongOrHostileAnswersStopTheGenerationWithTheirFixAndLeaveNothing() throws Exception {
        for (WrongAnswers.Case c : WrongAnswers.ALL) {
            Mvn.Run run = generate(c.folder(), c.commune(), c.province(), c.address());
            assertThat(run.status()).as(run.output()).isNotZero();
            assertThat(run.lines()).as(run.output()).contains("[ERROR] Chưa tạo được trang của xã: " + c.reason());
            assertThat(run.output()).doesNotContain("Non-parseable", "IllegalArgumentException", "groovy");
            try (var left = Files.list(tmp)) {
                assertThat(left.toList()).as(c.folder() + " left behind").isEmpty();
            }
        }
    }
}

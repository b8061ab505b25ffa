package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.word.WordSamples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word document imported as an officer does it, {@code mvn cong-khai:nhap -Dtep=….docx}, then baked. */
class WordImportBuildIT {

    @TempDir
    Path tmp;

    @Test
    void anOfficerImportsAWordNoticeWithMavenAndTheDraftBakes() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        WordSamples.notice(commune);

        Mvn.Run run = Mvn.run(commune, "-B", "cong-khai:nhap", "-Dtep=thong-bao.docx");

        assertThat(run.status()).as(run.output()).isZero();
        Path draft;
        try (var files = Files.list(commune.resolve("content/thong-bao"))) {
            draft = files.filter(f -> f.getFileName().toString().startsWith("2024-06-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(draft, StandardCharsets.UTF_8)).startsWith("title=Thông báo về việc tổ chức tiếp "
                + "công dân định kỳ quý III năm 2024\ndate=2024-06-28\ntype=thong-bao\nstatus=draft\n"
                + "so_hieu=52/TB-UBND\nmuc_cong_khai=14\n~~~~~~\n");
        assertThat(run.lines()).anyMatch(l -> l.startsWith("[INFO] ") && l.contains(draft.getFileName().toString()))
                .anyMatch(l -> l.startsWith("[INFO] ") && l.contains("Nơi nhận"));
        assertThat(commune.resolve("thong-bao.docx")).as("the original stays out of the site unless asked").exists();

        Mvn.Run bake = Mvn.run(commune, "-q", "package");
        assertThat(bake.status()).as(bake.output()).isZero();
        assertThat(commune.resolve("target/site/thong-bao.docx")).doesNotExist();
    }
}

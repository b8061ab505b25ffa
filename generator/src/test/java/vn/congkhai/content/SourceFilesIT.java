package vn.congkhai.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.BakeReport;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A link in content/ is never followed out of the repository; junk left by office software is ignored. */
class SourceFilesIT {

    private static final String OUTSIDE = "tệp là một liên kết (symbolic link) dẫn ra ngoài kho của xã; không đăng "
            + "tệp ngoài kho. Cách sửa: xoá liên kết này; nếu cần đăng tệp, chép tệp thật vào đây.";

    @TempDir
    Path tmp;

    private FixtureSite siteWithSecretOutside() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Path outside = Files.createDirectories(tmp.resolve("ngoai-kho"));
        Files.writeString(outside.resolve("shadow"), "root:$6$secret");
        Files.writeString(outside.resolve("trang.md"), "title=Bí mật\ndate=2024-06-01\ntype=thong-bao\n"
                + "muc_cong_khai=14\n~~~~~~\nroot:$6$secret\n");
        site.bake();
        return site;
    }

    private static void assertFailsWith(FixtureSite site, String... expected) {
        byte[] before = site.siteHashes().toString().getBytes();
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class,
                e -> assertThat(e.problems().list()).extracting(Problem::format).containsExactly(expected));
        assertThat(site.siteHashes().toString().getBytes()).isEqualTo(before);
    }

    @Test
    void aLinkToAFileOutsideTheRepositoryIsRefusedAndNothingOfItIsPublished() throws Exception {
        FixtureSite site = siteWithSecretOutside();
        Files.createSymbolicLink(site.dir().resolve("content/thong-bao/giay-moi-2.pdf"), tmp.resolve("ngoai-kho/shadow"));
        assertFailsWith(site, "content/thong-bao/giay-moi-2.pdf:1: (liên kết): " + OUTSIDE);
    }

    @Test
    void aMarkdownLinkOutsideTheRepositoryIsNotReadAsAPage() throws Exception {
        FixtureSite site = siteWithSecretOutside();
        Files.createSymbolicLink(site.dir().resolve("content/thong-bao/bi-mat.md"), tmp.resolve("ngoai-kho/trang.md"));
        assertFailsWith(site, "content/thong-bao/bi-mat.md:1: (liên kết): " + OUTSIDE);
    }

    @Test
    void aTemplateOverrideThatLinksOutsideTheRepositoryIsRefusedBeforeAnythingIsRendered() throws Exception {
        FixtureSite site = siteWithSecretOutside();
        Files.createDirectories(site.dir().resolve("templates"));
        Files.createSymbolicLink(site.dir().resolve("templates/_doc-foot.pebble"), tmp.resolve("ngoai-kho/shadow"));
        assertFailsWith(site, "templates/_doc-foot.pebble:1: (liên kết): " + OUTSIDE);
    }

    @Test
    void aLinkToAFolderOutsideIsRefusedWithoutWalkingIt() throws Exception {
        FixtureSite site = siteWithSecretOutside();
        Files.createSymbolicLink(site.dir().resolve("content/thong-bao/etc"), tmp.resolve("ngoai-kho"));
        assertFailsWith(site, "content/thong-bao/etc:1: (liên kết): " + OUTSIDE);
    }

    @Test
    void aLinkLoopIsReportedOnceAndNotCopied() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Path folder = site.dir().resolve("content/thong-bao");
        Files.createSymbolicLink(folder.resolve("vong"), folder);
        Files.createSymbolicLink(folder.resolve("a.pdf"), folder.resolve("b.pdf"));
        Files.createSymbolicLink(folder.resolve("b.pdf"), folder.resolve("a.pdf"));
        String broken = "tệp là một liên kết (symbolic link) hỏng hoặc vòng tròn. Cách sửa: xoá liên kết này, đặt tệp "
                + "thật vào đây.";
        assertFailsWith(site, "content/thong-bao/a.pdf:1: (liên kết): " + broken,
                "content/thong-bao/b.pdf:1: (liên kết): " + broken,
                "content/thong-bao/vong:1: (liên kết): tệp là một liên kết (symbolic link) tới một thư mục; liên kết "
                        + "thư mục không được dùng. Cách sửa: xoá liên kết này, chép các tệp cần đăng vào đây.");
    }

    @Test
    void aLinkInsideTheRepositoryIsPublishedAsTheFileItNames() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Path folder = site.dir().resolve("content/thong-bao");
        Files.move(folder.resolve("giay-moi.pdf"), Files.createDirectories(site.dir().resolve("tai-lieu"))
                .resolve("giay-moi.pdf"));
        Files.createSymbolicLink(folder.resolve("giay-moi.pdf"), site.dir().resolve("tai-lieu/giay-moi.pdf"));
        site.bake();
        Path published = site.site().resolve("thong-bao/giay-moi.pdf");
        assertThat(Files.isSymbolicLink(published)).isFalse();
        assertThat(published).hasSameBinaryContentAs(site.dir().resolve("tai-lieu/giay-moi.pdf"));
    }

    @Test
    void junkLeftByOfficeSoftwareIsIgnoredWithAWarning() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thong-bao/Thumbs.db", "x");
        site.write("content/thong-bao/desktop.ini", "[.ShellClassInfo]");
        site.write("content/thong-bao/~$hop-dan.docx", "x");
        BakeReport report = site.bake();
        String junk = "tệp do Windows hoặc phần mềm văn phòng tự tạo, không được đăng. Có thể xoá tệp này.";
        assertThat(report.notices()).extracting(Problem::format).containsExactly(
                "content/thong-bao/Thumbs.db:1: (tệp rác): " + junk,
                "content/thong-bao/desktop.ini:1: (tệp rác): " + junk,
                "content/thong-bao/~$hop-dan.docx:1: (tệp rác): " + junk);
        assertThat(report.summary()).contains("3 cảnh báo về tệp");
        assertThat(site.site().resolve("thong-bao/Thumbs.db")).doesNotExist();
        assertThat(site.site().resolve("thong-bao/desktop.ini")).doesNotExist();
    }
}

package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.Bakery;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview keeps each document's reading, guards and schema check from one bake to the next, by the value of all
 * they read ({@link ContentValidator.Memo}): whatever changes between two bakes (a file's bytes or place, a setting of
 * the commune, another file's public numbers), the officer reads what a fresh check finds, and a good site is a
 * clean bake's, byte for byte.
 */
class PreviewKeptChecksIT {

    @TempDir
    Path tmp;

    private static final String RULE = " Văn bản công khai không được có số định danh, số điện thoại của người dân "
            + "(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, "
            + "ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin "
            + "liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).";
    private static final String POLICY = "content/chinh-sach/bhyt.md";

    /** The policy (its text on line 9), a household list and the organisation publishing 0912 345 678. */
    private FixtureSite site() {
        return FixtureSite.inline(tmp, GoodFiles.POLICY + GoodFiles.HOUSEHOLDS + GoodFiles.ORGANISATION);
    }

    @Test
    void aFileEditedBetweenBakesIsReadGuardedAndSchemaCheckedAsItIsNow() throws Exception {
        FixtureSite site = site();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            site.withLine(POLICY, 9, "Liên hệ cán bộ Hà, SĐT 0987 654 321.");
            assertThat(problems(preview)).containsExactly(POLICY + ":9: (nội dung): có số điện thoại "
                    + "\"0987 654 321\"." + RULE);

            site.withLine(POLICY, 9, "Người thuộc hộ cận nghèo được hỗ trợ 70% mức đóng bảo hiểm y tế.");
            site.withLine("content/ho-ngheo/2024.json", 10, "\"nam\": \"2024\",");
            assertThat(problems(preview)).containsExactly("content/ho-ngheo/2024.json:10: nam: giá trị \"2024\" sai "
                    + "kiểu (Năm): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng "
                    + "dẫn: Năm rà soát hộ nghèo, hộ cận nghèo mà danh sách áp dụng. Ví dụ: 2024.");

            site.withLine("content/ho-ngheo/2024.json", 10, "\"nam\": 2024,");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
        }
    }

    @Test
    void newBytesAreSeenThoughTheFilesSizeAndTimeAreAsBefore() throws Exception {
        FixtureSite site = site();
        Path policy = site.withLine(POLICY, 9, "Liên hệ cán bộ Hà, ĐT 0208 3000 111.").dir().resolve(POLICY);
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake(); // the commune's own number
            long size = Files.size(policy);
            java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(policy);
            site.withLine(POLICY, 9, "Liên hệ cán bộ Hà, ĐT 0208 3000 119.");
            Files.setLastModifiedTime(policy, time);
            assertThat(Files.size(policy)).isEqualTo(size);
            assertThat(problems(preview)).containsExactly(POLICY + ":9: (nội dung): có số điện thoại "
                    + "\"0208 3000 119\"." + RULE);
        }
    }

    @Test
    void theSameBytesAtAnotherPlaceAreReportedThere() throws Exception {
        FixtureSite site = site();
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            site.withLine(POLICY, 9, "Liên hệ cán bộ Hà, SĐT 0987 654 321.");
            assertThat(problems(preview)).hasSize(1);
            site.write("content/chinh-sach/bhyt-2.md", Files.readString(site.dir().resolve(POLICY)));
            assertThat(problems(preview)).containsExactly(
                    "content/chinh-sach/bhyt-2.md:9: (nội dung): có số điện thoại \"0987 654 321\"." + RULE,
                    POLICY + ":9: (nội dung): có số điện thoại \"0987 654 321\"." + RULE);
        }
    }

    @Test
    void aSettingTheGuardReadsDecidesAgainOnAnUnchangedFile() throws Exception {
        FixtureSite site = site();
        site.withLine(POLICY, 9, "Gọi đường dây nóng của xã, ĐT 0208 3000 222.");
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake(); // the commune's hotline
            site.replace("jbake.properties", "xa.duong_day_nong=0208 3000 222", "xa.duong_day_nong=0208 3000 999");
            assertThat(problems(preview)).containsExactly(POLICY + ":9: (nội dung): có số điện thoại "
                    + "\"0208 3000 222\"." + RULE);

            site.replace("jbake.properties", "xa.duong_day_nong=0208 3000 999", "xa.duong_day_nong=0208 3000 222");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
        }
    }

    @Test
    void theOrganisationsPublicNumbersDecideAgainOnAnotherUnchangedFile() throws Exception {
        FixtureSite site = site();
        site.withLine(POLICY, 9, "Liên hệ bà Mai, SĐT 0912 345 678.");
        String organisation = "content/co-cau-to-chuc/uy-ban.json";
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            preview.bake(); // a vice chairwoman's number the organisation file publishes
            site.replace(organisation, "\"dien_thoai\": \"0912 345 678\"", "\"dien_thoai\": \"0912 345 679\"");
            assertThat(problems(preview)).containsExactly(POLICY + ":9: (nội dung): có số điện thoại "
                    + "\"0912 345 678\"." + RULE);

            site.replace(organisation, "\"dien_thoai\": \"0912 345 679\"", "\"dien_thoai\": \"0912 345 678\"");
            preview.bake();
            assertThat(site.siteHashes()).isEqualTo(cleanBakeOf(site));
        }
    }

    /** What the preview's bake refuses, as the officer reads it. */
    private static List<String> problems(Bakery preview) {
        try {
            preview.bake();
        } catch (ContentProblemsException e) {
            return e.problems().list().stream().map(Problem::format).toList();
        }
        throw new AssertionError("the bake succeeded, problems were expected");
    }

    /** A clean bake of {@code site}'s sources in a fresh folder, by a bakery that keeps nothing. */
    private Map<String, String> cleanBakeOf(FixtureSite site) throws Exception {
        Path fresh = Files.createTempDirectory(tmp, "sach-").resolve("site");
        FixtureSite.copyTree(site.dir().resolve("content"), fresh.resolve("content"));
        Files.copy(site.dir().resolve("jbake.properties"), fresh.resolve("jbake.properties"));
        new Bakery(fresh, fresh.resolve("target/site")).bake();
        return FixtureSite.hashes(fresh.resolve("target/site"));
    }
}

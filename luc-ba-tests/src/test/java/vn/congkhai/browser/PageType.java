package vn.congkhai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One page of each kind the site has, as a path in the baked site. Detail pages are the first page of their section
 * (by file name); a section without any page gives a path that does not exist, so that the test naming it fails
 * rather than silently covering less.
 *
 * @param name     what the page is, for test names and messages
 * @param path     the page in the baked site, e.g. {@code thong-bao/index.html}
 * @param budgeted whether the page must fit the 14 KiB first-round-trip budget ({@link PageWeightIT})
 */
public record PageType(String name, String path, boolean budgeted) {

    /** The plan page (its full text and 60 tasks) and the household list: weighed, never failed on. */
    public static final String PLAN = "ke-hoach/papi-2024.html";
    public static final String HOUSEHOLDS = "ho-ngheo/2024-chinh-thuc.html";
    public static final String SEARCH = "tim-kiem/index.html";
    /** Lục Ba's sample consultation, open on the bake dates the browser tests use ({@link ConsultationBrowserIT}). */
    public static final String OPEN_CONSULTATION = "lay-y-kien/2026-11-quy-hoach-khu-dan-cu-goc-vai.html";

    public static List<PageType> all(Path site) {
        List<PageType> types = new ArrayList<>();
        types.add(new PageType("trang chủ", "index.html", true));
        types.add(new PageType("danh sách mục (thông báo)", "thong-bao/index.html", false));
        types.add(new PageType("thông báo", first(site, "thong-bao"), true));
        types.add(new PageType("chính sách", first(site, "chinh-sach"), true));
        types.add(new PageType("danh sách hộ nghèo", HOUSEHOLDS, false));
        types.add(new PageType("thủ tục hành chính", first(site, "thu-tuc", "phi-le-phi.html"), true));
        types.add(new PageType("ngân sách", first(site, "ngan-sach"), true));
        types.add(new PageType("kế hoạch", PLAN, false));
        types.add(new PageType("bảng công khai", first(site, "bang"), true));
        types.add(new PageType("lịch tiếp dân", first(site, "lich-tiep-dan"), true));
        types.add(new PageType("lấy ý kiến (đã có kết quả)", first(site, "lay-y-kien"), true));
        types.add(new PageType("lấy ý kiến (đang lấy ý kiến)", OPEN_CONSULTATION, true));
        types.add(new PageType("trả lời, giải trình", first(site, "tra-loi"), true));
        types.add(new PageType("tra cứu trả lời theo lĩnh vực, xóm", "tra-loi/tra-cuu.html", true));
        types.add(new PageType("trả lời của một lĩnh vực", "tra-loi/linh-vuc-giao-thong.html", true));
        types.add(new PageType("thông tin theo xóm", "xom/index.html", true));
        types.add(new PageType("trang của một xóm", "xom/goc-vai.html", true));
        types.add(new PageType("bảng giá đất", first(site, "gia-dat"), true));
        types.add(new PageType("bồi thường, hỗ trợ", first(site, "boi-thuong"), true));
        types.add(new PageType("thanh tra", first(site, "thanh-tra"), true));
        types.add(new PageType("thông tin chung", first(site, "trang"), true));
        types.add(new PageType("cơ cấu tổ chức, liên hệ", first(site, "co-cau-to-chuc"), true));
        types.add(new PageType("tổ chức, liên hệ bằng tiếng Anh", "en/organisation.html", true));
        types.add(new PageType("báo cáo kỳ của kế hoạch", "ke-hoach/papi-2024-bao-cao-2024-q2.html", true));
        types.add(new PageType("công khai theo Điều 11", "cong-khai-theo-dieu-11/index.html", false));
        types.add(new PageType("phí, lệ phí", "thu-tuc/phi-le-phi.html", false));
        types.add(new PageType("danh mục công khai", "danh-muc-cong-khai/index.html", false));
        types.add(new PageType("danh mục công khai một quý", first(site, "danh-muc-cong-khai"), false));
        types.add(new PageType("dữ liệu mở", "du-lieu-mo/index.html", false));
        types.add(new PageType("báo cáo tuân thủ", "tuan-thu/index.html", false));
        types.add(new PageType("không tìm thấy (404)", "404.html", false));
        types.add(new PageType("tìm kiếm", SEARCH, false));
        return types;
    }

    /** The first page of a section folder by file name, other than its list page (and {@code except}). */
    static String first(Path site, String folder, String... except) {
        Set<String> skip = new java.util.HashSet<>(List.of(except));
        skip.add("index.html");
        Path dir = site.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return folder + "/(thư mục không có)";
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html") && !skip.contains(n))
                    .sorted()
                    .findFirst()
                    .map(n -> folder + "/" + n)
                    .orElse(folder + "/(không có trang nào)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " — " + path;
    }
}

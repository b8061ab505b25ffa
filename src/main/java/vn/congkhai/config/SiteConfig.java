package vn.congkhai.config;

import vn.congkhai.config.Commune;
import vn.congkhai.text.IsoDate;
import vn.congkhai.problem.Problems;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

/**
 * The commune's settings from {@code jbake.properties} (read as UTF-8): its identity, the site address and the bake
 * date. Another commune adopts the product by changing this file and {@code content/}, never code.
 */
public record SiteConfig(Commune commune, LocalDate bakeDate, boolean complianceLinked, Properties properties) {

    public static final String FILE = "jbake.properties";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** System property that fixes the bake date, e.g. {@code -Dcongkhai.ngay=2024-06-30}, for reproducible builds. */
    public static final String BAKE_DATE_PROPERTY = "congkhai.ngay";
    /** Whether the compliance report is linked from the public site (default: no; the page exists either way). */
    public static final String COMPLIANCE_LINKED = "bao_cao_tuan_thu.cong_khai";

    private static final List<String> REQUIRED = List.of("xa.ten", "xa.co_quan", "xa.tinh", "xa.dia_chi",
            "xa.dien_thoai", "xa.email", "xa.duong_day_nong", "xa.chu_tich", "site.host");

    /**
     * Reads the settings. The bake date is, first found: the system property {@value BAKE_DATE_PROPERTY}, the
     * setting {@code ngay_bake}, today in Vietnam.
     *
     * @return the settings, or null when {@code problems} received what is missing or wrong
     */
    public static SiteConfig load(Path projectDir, Problems problems) {
        Path file = projectDir.resolve(FILE);
        Properties p = new Properties();
        List<String> lines;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(FILE, 1, "(cấu hình)", "không tìm thấy tệp cấu hình " + FILE + " ở thư mục dự án.");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int before = problems.size();
        for (String key : REQUIRED) {
            if (p.getProperty(key, "").isBlank()) {
                problems.add(FILE, lineOf(lines, key), key, "thiếu thông tin của xã. Cách sửa: thêm dòng " + key + "=...");
            }
        }
        String dateText = System.getProperty(BAKE_DATE_PROPERTY, p.getProperty("ngay_bake", "")).strip();
        LocalDate bakeDate = LocalDate.now(ZONE);
        if (!dateText.isEmpty()) {
            bakeDate = IsoDate.parse(dateText).orElse(null);
            if (bakeDate == null) {
                problems.add(FILE, lineOf(lines, "ngay_bake"), "ngay_bake", "\"" + dateText + "\" không phải ngày "
                        + "năm-tháng-ngày. Cách sửa: để trống (dùng ngày hôm nay) hoặc viết ví dụ 2024-06-30.");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Commune commune = new Commune(get(p, "xa.ten"), get(p, "xa.co_quan"), get(p, "xa.tinh"),
                get(p, "xa.huyen_cu"), get(p, "xa.dia_chi"), get(p, "xa.dien_thoai"), get(p, "xa.email"),
                get(p, "xa.duong_day_nong"), get(p, "xa.chu_tich"), stripSlash(get(p, "site.host")),
                postingPlaces(p));
        boolean linked = Boolean.parseBoolean(get(p, COMPLIANCE_LINKED));
        return new SiteConfig(commune, bakeDate, linked, p);
    }

    /** {@code niem_yet.dia_diem}: places separated by ";", by default the commune office. */
    private static List<String> postingPlaces(Properties p) {
        List<String> places = java.util.Arrays.stream(get(p, "niem_yet.dia_diem").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return places.isEmpty() ? List.of("Trụ sở " + get(p, "xa.co_quan")) : places;
    }

    private static String get(Properties p, String key) {
        return p.getProperty(key, "").strip();
    }

    private static String stripSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key + "=")) {
                return i + 1;
            }
        }
        return 1;
    }
}

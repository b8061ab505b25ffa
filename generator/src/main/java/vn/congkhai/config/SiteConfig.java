package vn.congkhai.config;

import vn.congkhai.config.Commune;
import vn.congkhai.text.IsoDate;
import vn.congkhai.problem.Problems;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The commune's settings from {@code jbake.properties} (strictly UTF-8): its identity, the site address and the bake
 * date. Another commune adopts the product by changing this file and {@code content/}, never code.
 */
public record SiteConfig(Commune commune, LocalDate bakeDate, boolean complianceLinked, Properties properties,
                         boolean draftsShown) {

    public static final String FILE = "jbake.properties";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** System property that fixes the bake date, e.g. {@code -Dcongkhai.ngay=2024-06-30}, for reproducible builds. */
    public static final String BAKE_DATE_PROPERTY = "congkhai.ngay";
    /** Whether the compliance report is linked from the public site (default: no; the page exists either way). */
    public static final String COMPLIANCE_LINKED = "bao_cao_tuan_thu.cong_khai";

    /** A {@code \\u} escape without its four hex digits, which {@link Properties#load} refuses. */
    private static final Pattern BAD_ESCAPE = Pattern.compile(".*(?<!\\\\)\\\\u(?![0-9a-fA-F]{4}).*");

    private static final List<String> REQUIRED = List.of("xa.ten", "xa.co_quan", "xa.tinh", "xa.dia_chi",
            "xa.dien_thoai", "xa.email", "xa.duong_day_nong", "xa.chu_tich", "site.host");

    /**
     * Reads the settings. The bake date is, first found: the system property {@value BAKE_DATE_PROPERTY}, the
     * setting {@code ngay_bake}, today in Vietnam.
     *
     * @return the settings, or null when {@code problems} received what is missing or wrong
     */
    public static SiteConfig load(Path projectDir, Problems problems) {
        String text = read(projectDir.resolve(FILE), problems);
        if (text == null) {
            return null;
        }
        List<String> lines = text.lines().toList();
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(FILE, lineOf(lines, BAD_ESCAPE), "(cấu hình)", "dòng này có \\u không theo "
                    + "sau bởi 4 chữ số hex (mã Unicode viết sai). Cách sửa: gõ thẳng chữ có dấu thay cho mã \\uXXXX.");
            return null;
        }
        Problems found = problems.part();
        for (String key : REQUIRED) {
            if (p.getProperty(key, "").isBlank()) {
                found.add(FILE, lineOf(lines, key), key, "thiếu thông tin của xã. Cách sửa: thêm dòng " + key + "=...");
            }
        }
        String dateText = System.getProperty(BAKE_DATE_PROPERTY, p.getProperty("ngay_bake", "")).strip();
        LocalDate bakeDate = LocalDate.now(ZONE);
        if (!dateText.isEmpty()) {
            bakeDate = IsoDate.parse(dateText).orElse(null);
            if (bakeDate == null) {
                found.add(FILE, lineOf(lines, "ngay_bake"), "ngay_bake", "\"" + dateText + "\" không phải ngày "
                        + "năm-tháng-ngày. Cách sửa: để trống (dùng ngày hôm nay) hoặc viết ví dụ 2024-06-30.");
            }
        }
        String host = get(p, "site.host");
        if (!host.isEmpty()) {
            hostProblem(host).ifPresent(m -> found.add(FILE, lineOf(lines, "site.host"), "site.host", m));
        }
        if (!found.isEmpty()) {
            return null;
        }
        problems.warnAll(EngineSettings.ignoredKeys(p, key -> lineOf(lines, key)));
        Commune commune = new Commune(get(p, "xa.ten"), get(p, "xa.co_quan"), get(p, "xa.tinh"),
                get(p, "xa.huyen_cu"), get(p, "xa.dia_chi"), get(p, "xa.dien_thoai"), get(p, "xa.email"),
                get(p, "xa.duong_day_nong"), get(p, "xa.chu_tich"), stripSlash(get(p, "site.host")),
                postingPlaces(p));
        boolean linked = Boolean.parseBoolean(get(p, COMPLIANCE_LINKED));
        return new SiteConfig(commune, bakeDate, linked, p, false);
    }

    /**
     * The same settings for the preview, which shows drafts (with a band saying so) so that an officer sees a text
     * before publishing it. Only the preview's code asks for this; no setting of the commune's can.
     */
    public SiteConfig withDraftsShown() {
        return new SiteConfig(commune, bakeDate, complianceLinked, properties, true);
    }

    /** Whether the bake date was fixed ({@code ngay_bake} or {@value #BAKE_DATE_PROPERTY}) rather than today. */
    public boolean bakeDateFixed() {
        return !System.getProperty(BAKE_DATE_PROPERTY, properties.getProperty("ngay_bake", "")).isBlank();
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
        return lineOf(lines, Pattern.compile("\\s*" + Pattern.quote(key) + "(\\s*[=:\\s].*)?"));
    }

    private static int lineOf(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** What is wrong with {@code site.host} ({@code https://host[/path]} only), in Vietnamese; empty if nothing. */
    static Optional<String> hostProblem(String host) {
        String example = "Cách sửa: viết dạng https://tên-miền hoặc https://tên-miền/thư-mục, ví dụ "
                + "site.host=https://lucba.thainguyen.gov.vn.";
        URI uri;
        try {
            uri = new URI(host);
        } catch (URISyntaxException e) {
            return Optional.of("\"" + host + "\" không phải địa chỉ web hợp lệ (có dấu cách hoặc ký tự không được "
                    + "dùng). " + example);
        }
        int scheme = host.indexOf("://");
        if (scheme < 0 || !"https".equalsIgnoreCase(uri.getScheme())) {
            String suggestion = "https://" + (scheme < 0 ? host : host.substring(scheme + 3));
            String fix = hostProblem(suggestion).isEmpty() ? "Cách sửa: viết site.host=" + suggestion + "." : example;
            return Optional.of("\"" + host + "\" " + (scheme < 0 ? "thiếu https:// ở đầu" : "phải là địa chỉ https:// "
                    + "(trang công khai dùng kết nối bảo mật)") + ". " + fix);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("địa chỉ không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @). Cách sửa: xoá "
                    + "phần đó, chỉ giữ https://tên-miền.");
        }
        if (uri.getHost() == null || !(uri.getHost().contains(".") || uri.getHost().startsWith("["))) {
            return Optional.of("\"" + host + "\" không có tên miền hợp lệ. " + example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            String bare = host.replaceFirst("[?#].*$", "");
            return Optional.of("\"" + host + "\" không được có phần ?… hoặc #…. Cách sửa: viết site.host=" + bare
                    + ".");
        }
        return Optional.empty();
    }

    /**
     * The text of {@code jbake.properties}, strictly UTF-8 (a leading byte order mark dropped).
     *
     * @return the text, or null when {@code problems} received why it cannot be read
     */
    private static String read(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(FILE, 1, "(cấu hình)", "không tìm thấy tệp cấu hình " + FILE + " ở thư mục dự án. "
                    + "Cách sửa: chép lại tệp " + FILE + " của dự án mẫu vào thư mục dự án rồi sửa thông tin của xã.");
            return null;
        } catch (AccessDeniedException e) {
            problems.add(FILE, 1, "(cấu hình)", "không có quyền đọc tệp " + FILE + ". Cách sửa: cho tài khoản đang "
                    + "chạy lệnh quyền đọc tệp (chuột phải > Properties > Security, hoặc chmod a+r " + FILE + ").");
            return null;
        } catch (IOException e) {
            problems.add(FILE, 1, "(cấu hình)", "không đọc được tệp " + FILE + " (" + e.getMessage() + "). "
                    + "Cách sửa: kiểm tra " + FILE + " là một tệp văn bản thường, không phải thư mục, và không bị "
                    + "chương trình khác khoá.");
            return null;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(FILE, line, "(mã hoá)", "tệp không được lưu bằng mã hoá UTF-8: từ dòng này có chữ viết theo "
                    + "bảng mã khác (như Windows-1258, Windows-1252 hay TCVN3). Cách sửa: mở " + FILE + " trong trình "
                    + "soạn thảo, lưu lại với mã hoá UTF-8 (\"Save with encoding: UTF-8\"), rồi kiểm tra chữ có dấu ở "
                    + "dòng này và các dòng sau.");
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

package vn.congkhai.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.model.SitePages;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A commune as the province read it: its compliance data and its search index, or why it could not be read.
 *
 * @param data    its compliance data, or null when unreadable
 * @param pages   its search index's pages, in its order; empty when unreadable
 * @param problem why it could not be read, or null
 */
public record ReadCommune(CommuneSource source, ComplianceData data, List<SearchPage> pages,
                          UnreadableCommuneException problem) {

    /** The compliance file: 14 items, some warnings and 50 disclosures are far below this. */
    static final int DATA_LIMIT = 4 * 1024 * 1024;
    /** The search index: a commune of 5,000 disclosures of 500 words each stays below this. */
    static final int INDEX_LIMIT = 64 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page of the commune's search index, as its site indexes it ({@code search.SearchIndex}). */
    public record SearchPage(String title, String uri, String section, String date, String snippet, String words) {
    }

    public boolean readable() {
        return problem == null;
    }

    /** Reads the commune at {@code source}: its two known files and nothing else. */
    static ReadCommune read(CommuneSource source, CommuneFiles files) {
        try {
            ComplianceData data = data(source, files.read(source, ComplianceData.PATH, DATA_LIMIT));
            List<SearchPage> pages = index(source, files.read(source, SitePages.SEARCH_INDEX, INDEX_LIMIT));
            return new ReadCommune(source, data, pages, null);
        } catch (UnreadableCommuneException e) {
            return unreadable(e);
        }
    }

    /** A commune the province could not read. */
    static ReadCommune unreadable(UnreadableCommuneException problem) {
        return new ReadCommune(null, null, List.of(), problem);
    }

    private static ComplianceData data(CommuneSource source, byte[] bytes) throws UnreadableCommuneException {
        ComplianceData data;
        try {
            data = ComplianceData.read(bytes);
        } catch (IOException e) {
            throw wrongShape(source, ComplianceData.PATH, where(e));
        }
        if (data.version() != ComplianceData.VERSION) {
            throw new UnreadableCommuneException(source.given(), "tệp " + ComplianceData.PATH + " có phien_ban "
                    + data.version() + ", chương trình tạo trang tỉnh chỉ đọc được phiên bản "
                    + ComplianceData.VERSION + ". Cách làm: tạo trang tỉnh bằng cùng phiên bản Công khai với các xã.");
        }
        String missing = missingField(data);
        if (missing != null) {
            throw wrongShape(source, ComplianceData.PATH, "thiếu " + missing);
        }
        String site = data.commune().siteAddress().toLowerCase(Locale.ROOT);
        if (!site.startsWith("https://") && !site.startsWith("http://")) {
            throw wrongShape(source, ComplianceData.PATH, "xa.dia_chi_web không phải địa chỉ trang web");
        }
        return data;
    }

    /** The first field the province needs that the file lacks, or null. */
    private static String missingField(ComplianceData data) {
        if (data.commune() == null || data.commune().name() == null || data.commune().siteAddress() == null) {
            return "xa (ten, dia_chi_web)";
        }
        if (data.bakeDate() == null || !isDate(data.bakeDate())) {
            return "ngay_tao";
        }
        if (data.items() == null || data.items().size() != 14 || data.items().stream().anyMatch(i -> i.state() == null
                || i.late() == null)) {
            return "muc (14 khoản, mỗi khoản có trang_thai và tre)";
        }
        if (data.openConsultations() == null || data.overdueQuestions() == null || data.warnings() == null) {
            return "lay_y_kien_dang_mo, cau_hoi_qua_han, canh_bao";
        }
        if (data.openConsultations().stream().anyMatch(o -> o.title() == null || !isDate(o.from())
                || !isDate(o.to()))) {
            return "lay_y_kien_dang_mo (tieu_de, tu, den)";
        }
        if (data.overdueQuestions().stream().anyMatch(q -> q.question() == null || !isDate(q.received())
                || !isDate(q.due()))) {
            return "cau_hoi_qua_han (noi_dung, ngay_nhan, han)";
        }
        if (data.latest() == null || data.latest().stream().anyMatch(n -> n.title() == null || n.uri() == null
                || n.date() == null || !isDate(n.date()))) {
            return "moi (tieu_de, duong_dan, ngay)";
        }
        return null;
    }

    private static boolean isDate(String text) {
        if (text == null) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<SearchPage> index(CommuneSource source, byte[] bytes) throws UnreadableCommuneException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw wrongShape(source, SitePages.SEARCH_INDEX, where(e));
        }
        JsonNode sections = root == null ? null : root.get("s");
        JsonNode pages = root == null ? null : root.get("d");
        if (sections == null || !sections.isArray() || pages == null || !pages.isArray()) {
            throw wrongShape(source, SitePages.SEARCH_INDEX, "thiếu s hoặc d");
        }
        List<SearchPage> read = new ArrayList<>(pages.size());
        for (JsonNode p : pages) {
            if (!p.isArray() || p.size() != 6 || !p.get(0).isTextual() || !p.get(1).isTextual()
                    || !p.get(5).isTextual()) {
                throw wrongShape(source, SitePages.SEARCH_INDEX, "trang thứ " + (read.size() + 1) + " không đúng "
                        + "dạng");
            }
            JsonNode section = p.get(2).isInt() ? sections.get(p.get(2).asInt()) : null;
            read.add(new SearchPage(p.get(0).asText(), p.get(1).asText(), section == null ? "" : section.asText(),
                    p.get(3).asText(), p.get(4).asText(), p.get(5).asText()));
        }
        return List.copyOf(read);
    }

    private static UnreadableCommuneException wrongShape(CommuneSource source, String path, String detail) {
        return new UnreadableCommuneException(source.given(), "tệp " + path + " không đúng dạng (" + detail
                + "). Cách làm: tạo lại trang của xã bằng phiên bản Công khai mới (mvnw package), rồi tạo lại "
                + "trang của tỉnh.");
    }

    /** Where the JSON breaks, in the officers' words (the parser's own message is English). */
    private static String where(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                && j.getLocation().getLineNr() > 0) {
            return "không đọc được JSON ở dòng " + j.getLocation().getLineNr() + ", cột "
                    + j.getLocation().getColumnNr();
        }
        return "không đọc được JSON";
    }
}

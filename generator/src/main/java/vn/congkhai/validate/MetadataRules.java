package vn.congkhai.validate;

import vn.congkhai.text.NearestName;
import vn.congkhai.attachment.Attachments;
import vn.congkhai.content.Checks;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.model.Attachment;
import vn.congkhai.config.Commune;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.RowNames;
import vn.congkhai.text.IsoDate;
import vn.congkhai.model.PostingPeriod;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

/** The metadata every disclosure has (content contract, "Metadata every disclosure has"), checked field by field. */
public final class MetadataRules {

    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z]+$");
    private static final Pattern ITEM = Pattern.compile("\\d{1,2}");

    private final Commune commune;
    private final Attachments attachments;
    private final String types = "loại văn bản, một trong: " + DisclosureType.allCodes();
    /** The keys a Markdown header of each type may have, in order (the message lists them). */
    private final Map<DisclosureType, Set<String>> headerKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public MetadataRules(Commune commune, Attachments attachments) {
        this.commune = commune;
        this.attachments = attachments;
    }

    /** Checks one document; returns its metadata when it is good enough to build a page from. */
    public Optional<Disclosure> check(SourceDocument doc, Problems problems) {
        Check c = new Check(doc, problems.part());

        String title = c.requiredText("title", "tiêu đề như khi in, ví dụ title=Kế hoạch cải thiện chỉ số PAPI năm 2024");
        LocalDate date = c.requiredDate("date", "ngày ban hành");
        LocalDate effective = c.optionalDate("ngay_hieu_luc", "ngày có hiệu lực");
        DisclosureType type = checkType(c);
        boolean draft = checkStatus(c);
        String number = c.optionalText("so_hieu");
        String issuer = Optional.ofNullable(c.optionalText("co_quan")).orElse(commune.committee());
        Integer item = type == null ? null : checkItem(c, type);
        PostingPeriod posting = checkPosting(c, item);
        List<Attachment> attachments = checkAttachments(c);
        checkAddress(c, type);
        checkHeaderKeys(c, type);

        if (!c.problems.isEmpty()) {
            return Optional.empty();
        }
        String uri = EXTENSION.matcher(doc.contentPath()).replaceFirst(".html");
        return Optional.of(new Disclosure(doc, uri, title, date, effective, type, draft, number, issuer, item, posting, attachments));
    }

    private DisclosureType checkType(Check c) {
        String code = c.requiredText("type", types);
        if (code == null) {
            return null;
        }
        Optional<DisclosureType> type = DisclosureType.ofCode(code);
        if (type.isEmpty()) {
            c.problem("type", "loại \"" + code + "\" không có. Cách sửa: dùng một trong " + DisclosureType.allCodes() + ".");
            return null;
        }
        if (!type.get().accepts(c.doc.format())) {
            c.problem("type", "loại \"" + code + "\" phải viết trong tệp ." + type.get().format().extension()
                    + ". Cách sửa: chuyển nội dung sang tệp ." + type.get().format().extension()
                    + " hoặc chọn đúng loại.");
        }
        return type.get();
    }

    private static boolean checkStatus(Check c) {
        String status = c.optionalText("status");
        if (status == null || status.equals("published")) {
            return false;
        }
        if (status.equals("draft")) {
            return true;
        }
        c.problem("status", "trạng thái \"" + status + "\" không hợp lệ. Cách sửa: viết published (đăng) hoặc draft (bản nháp, chưa đăng).");
        return true;
    }

    private static Integer checkItem(Check c, DisclosureType type) {
        JsonNode value = c.doc.field("muc_cong_khai");
        if (value == null || value.isNull()) {
            if (type.isDisclosure()) {
                c.problem("muc_cong_khai", "thiếu mục công khai theo Điều 11 Luật 10/2022/QH15. Cách sửa: thêm "
                        + "muc_cong_khai là một số từ 1 đến 14, ví dụ 7 cho danh sách hộ nghèo, 2 cho ngân sách.");
            }
            return null;
        }
        String text = value.asText().strip();
        if (!ITEM.matcher(text).matches() || Integer.parseInt(text) < ArticleElevenItem.FIRST
                || Integer.parseInt(text) > ArticleElevenItem.LAST) {
            c.problem("muc_cong_khai", "\"" + text + "\" không phải mục của Điều 11. Cách sửa: viết một số từ 1 đến 14.");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static PostingPeriod checkPosting(Check c, Integer item) {
        LocalDate from = c.optionalDate("niem_yet_tu", "ngày bắt đầu niêm yết");
        LocalDate to = c.optionalDate("niem_yet_den", "ngày kết thúc niêm yết");
        if (to != null && from == null && c.doc.field("niem_yet_tu") == null) {
            c.problem("niem_yet_den", "có ngày kết thúc niêm yết nhưng thiếu ngày bắt đầu. Cách sửa: thêm niem_yet_tu.");
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            c.problem("niem_yet_den", "thời gian niêm yết kết thúc (" + VietnameseFormat.date(to) + ") trước khi bắt đầu (" + VietnameseFormat.date(from)
                    + "). Cách sửa: niem_yet_den phải cùng ngày hoặc sau niem_yet_tu.");
            return null;
        }
        if (item != null && ArticleElevenItem.isPermanent(item)) {
            return PostingPeriod.permanent(from);
        }
        return from == null ? null : PostingPeriod.of(from, to);
    }

    private List<Attachment> checkAttachments(Check c) {
        JsonNode files = c.doc.field("tep");
        List<Attachment> attachments = new ArrayList<>();
        if (files == null || files.isNull()) {
            return attachments;
        }
        if (!files.isArray()) {
            c.problem("tep", "tệp đính kèm phải là một danh sách. Cách sửa: viết "
                    + "[{\"ten\": \"Quyết định số ...\", \"duong_dan\": \"qd-123.pdf\"}].");
            return attachments;
        }
        for (int i = 0; i < files.size(); i++) {
            JsonNode file = files.get(i);
            String field = "tep[" + i + "]";
            String name = file.path("ten").asText("").strip();
            String link = file.path("duong_dan").asText("").strip();
            int line = c.doc.lineOf("/tep/" + i);
            if (name.isEmpty() || link.isEmpty()) {
                c.problems.add(c.doc.path(), line, RowNames.field(c.doc, field), "mỗi tệp đính kèm cần \"ten\" (tên hiển thị) và "
                        + "\"duong_dan\" (tên tệp). Cách sửa: điền đủ hai trường.");
                continue;
            }
            Attachments.Named named = this.attachments.name(c.doc.contentPath(), link);
            if (named.missing()) {
                c.problems.add(c.doc.path(), line, RowNames.field(c.doc, field + ".duong_dan"), "không tìm thấy tệp \"" + link
                        + "\". Cách sửa: đặt tệp cạnh " + c.doc.path() + " hoặc trong assets/, và viết đúng tên (phân biệt chữ hoa, thường).");
                continue;
            }
            if (!named.found()) {
                c.problems.add(c.doc.path(), line, RowNames.field(c.doc, field + ".duong_dan"), named.refusal());
                continue;
            }
            attachments.add(new Attachment(name, named.sitePath()));
        }
        return attachments;
    }

    /** Keys of a Markdown header: the contract's metadata, and what a type adds. */
    private static final Set<String> HEADER_KEYS = Set.of("title", "date", "ngay_hieu_luc", "type", "status", "tags",
            "so_hieu",
            "co_quan", "muc_cong_khai", "niem_yet_tu", "niem_yet_den", "tep", "du_lieu_mau");
    private static final Map<DisclosureType, Set<String>> TYPE_KEYS = Map.of(
            DisclosureType.CHINH_SACH, Set.of("doi_tuong", "linh_vuc"),
            DisclosureType.LAY_Y_KIEN, Set.of("doi_tuong", "tu", "den", "du_thao", "cach_gop_y", "so_y_kien", "y_kien",
                    "ket_qua"));

    /** An unknown key in a Markdown header is a mistake (a typo would silently lose the number or the period). */
    private void checkHeaderKeys(Check c, DisclosureType type) {
        if (c.doc.format() != vn.congkhai.content.Format.MARKDOWN) {
            return; // JSON files: their schema lists their fields
        }
        Set<String> known = type == null ? new java.util.TreeSet<>(HEADER_KEYS)
                : headerKeys.computeIfAbsent(type, t -> {
                    Set<String> keys = new java.util.TreeSet<>(HEADER_KEYS);
                    keys.addAll(TYPE_KEYS.getOrDefault(t, Set.of()));
                    return java.util.Collections.unmodifiableSet(keys);
                });
        c.doc.metadata().fieldNames().forEachRemaining(key -> {
            if (known.contains(key) || PersonalDataGuard.isForbiddenName(key)) {
                return;
            }
            Optional<String> nearest = NearestName.nearest(key, known);
            c.problem(key, "trường \"" + key + "\" không có trong phần đầu văn bản" + (type == null ? "" : " loại "
                    + type.code()) + ". Cách sửa: " + nearest.map(n -> "có phải là \"" + n + "\"? Sửa thành " + n
                    + "=…").orElse("xoá dòng này hoặc sửa tên; các trường được dùng: " + String.join(", ", known))
                    + ".");
        });
    }

    /**
     * A file sits in the folder of a section ({@code content/thong-bao/…}), and may not take the address of a page
     * the site makes itself (home, 404, a section's list).
     */
    private static void checkAddress(Check c, DisclosureType type) {
        String path = c.doc.contentPath();
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        if (DisclosureType.ofCode(folder).isEmpty()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            c.problems.add(c.doc.path(), 1, "(thư mục)", (folder.isEmpty() ? "tệp nằm ngay trong content/"
                    : "thư mục \"" + folder + "\" không phải mục nào của trang") + "; mỗi văn bản nằm trong thư mục "
                    + "của mục mình. Cách sửa: chuyển tệp vào " + (type == null ? "thư mục của mục, ví dụ "
                    + "content/thong-bao/" + name : "content/" + type.code() + "/" + name) + ".");
            return;
        }
        if (type != null && !folder.equals(type.code())) {
            DisclosureType section = DisclosureType.ofCode(folder).orElseThrow();
            c.problems.warn(c.doc.path(), c.doc.lineOfField("type"), "type", "văn bản loại " + type.code() + " ("
                    + type.sectionName() + ") nằm trong thư mục content/" + folder + "/ của mục \""
                    + section.sectionName() + "\": trang sẽ có địa chỉ " + folder + "/… mà lại hiện ở mục \""
                    + type.sectionName() + "\". Cách sửa: chuyển tệp vào content/" + type.code()
                    + path.substring(folder.length()) + (section.accepts(c.doc.format()) ? ", hoặc sửa type=" + folder
                    + " nếu văn bản thuộc mục \"" + section.sectionName() + "\"" : "") + ".");
        }
        String stem = path.substring(0, path.lastIndexOf('.'));
        boolean sectionList = stem.endsWith("/index")
                && DisclosureType.ofCode(stem.substring(0, stem.length() - "/index".length())).isPresent();
        String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        boolean generated = SitePages.GENERATED_FOLDERS.contains(top) || (stem + ".html").equals(SitePages.FEES)
                || SitePages.isAnswersPage(stem + ".html");
        if (stem.equals("index") || stem.equals("404") || sectionList || generated) {
            c.problems.add(c.doc.path(), 1, "(tên tệp)", "tên tệp này trùng với trang do hệ thống tạo ra. "
                    + "Cách sửa: đổi tên tệp, ví dụ \"gioi-thieu." + c.doc.format().extension() + "\".");
        }
    }

    /** One document's checks, with where to report. */
    private record Check(SourceDocument doc, Problems problems) {

        void problem(String field, String message) {
            problems.add(doc.path(), doc.lineOfField(field), field, message);
        }

        String requiredText(String field, String what) {
            JsonNode value = doc.field(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                problem(field, "thiếu trường bắt buộc \"" + field + "\" (" + what + "). Cách sửa: thêm " + field + "=... "
                        + "vào phần đầu tệp Markdown, hoặc \"" + field + "\": \"...\" vào tệp JSON.");
                return null;
            }
            if (!value.isTextual()) {
                problem(field, "phải là chữ (đặt trong dấu nháy kép). Cách sửa: viết \"" + field + "\": \"" + value.asText() + "\".");
                return null;
            }
            return value.asText().strip();
        }

        String optionalText(String field) {
            JsonNode value = doc.field(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                problem(field, "phải là chữ (đặt trong dấu nháy kép).");
                return null;
            }
            return value.asText().isBlank() ? null : value.asText().strip();
        }

        LocalDate requiredDate(String field, String what) {
            if (doc.field(field) == null || doc.field(field).isNull()) {
                problem(field, "thiếu trường bắt buộc \"" + field + "\" (" + what + "). Cách sửa: thêm " + field
                        + "=2024-03-25 (năm-tháng-ngày).");
                return null;
            }
            return optionalDate(field, what);
        }

        LocalDate optionalDate(String field, String what) {
            JsonNode value = doc.field(field);
            if (value == null || value.isNull()) {
                return null;
            }
            String text = value.asText();
            if (IsoDate.isImpossible(text)) {
                problem(field, "ngày \"" + text + "\" không có thật (" + what + "). Cách sửa: kiểm tra lại ngày và tháng.");
                return null;
            }
            Optional<LocalDate> date = IsoDate.parse(value.isTextual() ? text : null);
            if (date.isEmpty()) {
                problem(field, "\"" + text + "\" không phải ngày hợp lệ (" + what + "). Cách sửa: viết dạng "
                        + "năm-tháng-ngày, ví dụ 2024-03-25 cho ngày 25/03/2024.");
                return null;
            }
            return date.get();
        }
    }
}

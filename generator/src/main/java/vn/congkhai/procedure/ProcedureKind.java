package vn.congkhai.procedure;

import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.PublicService;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.kind.Table;
import vn.congkhai.kind.UniqueCode;
import vn.congkhai.model.Attachment;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static vn.congkhai.kind.Table.field;

/** An administrative procedure with its steps, papers, time limit and fees ({@code thu-tuc}), Art. 11 item 5. */
public final class ProcedureKind implements DisclosureKind<Procedure> {

    @Override
    public DisclosureType type() {
        return DisclosureType.THU_TUC;
    }

    @Override
    public Class<Procedure> dataClass() {
        return Procedure.class;
    }

    @Override
    public Procedure read(ReadInput in) {
        return ProcedureReader.read(in.checks(), in.attachments());
    }

    @Override
    public Object view(Procedure procedure, PageInput in) {
        return ProcedureView.of(procedure);
    }

    /** The fees of all procedures on one page, linked from the section and found by the search. */
    @Override
    public SectionExtras sectionExtras(SiteContent content) {
        ExtraPage fees = new ExtraPage(SitePages.FEES, "phi-le-phi", "Phí, lệ phí của các thủ tục hành chính",
                Map.of("fees", FeeList.of(content)), null, "phí lệ phí khoản thu mức thu thủ tục hành chính");
        return new SectionExtras(List.of(fees), List.of(new Link("Phí, lệ phí của các thủ tục", SitePages.FEES)),
                Map.of());
    }

    @Override
    public Table table(Procedure p) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Mã thủ tục", p.code()));
        rows.add(List.of("Tên thủ tục", p.name()));
        rows.add(List.of("Lĩnh vực", p.field()));
        rows.add(List.of("Trình tự thực hiện", numbered(p.steps())));
        rows.add(List.of("Cách thức thực hiện", String.join("\n", p.methods())));
        rows.add(List.of("Thành phần, số lượng hồ sơ", p.documents().stream()
                .map(doc -> doc.name() + ": " + doc.copies() + (doc.note() == null ? "" : " (" + doc.note() + ")"))
                .collect(Collectors.joining("\n"))));
        rows.add(List.of("Thời hạn giải quyết", p.processingTime()));
        rows.add(List.of("Đối tượng thực hiện", p.applicants()));
        rows.add(List.of("Cơ quan thực hiện", p.agency()));
        optional(rows, "Kết quả", p.result());
        rows.add(List.of("Phí, lệ phí", p.fees().stream()
                .map(fee -> fee.name() + ": " + fee.amount() + " đồng" + (fee.note() == null ? "" : " (" + fee.note() + ")"))
                .collect(Collectors.joining("\n"))));
        optional(rows, "Yêu cầu, điều kiện", p.conditions());
        rows.add(List.of("Căn cứ pháp lý", String.join("\n", p.legalBasis())));
        optional(rows, "Nơi tiếp nhận", p.whereToApply());
        optional(rows, "Dịch vụ công trực tuyến", p.onlineService());
        return new Table(List.of(field("muc", "Mục", "string"), field("noi_dung", "Nội dung", "string")), rows);
    }

    private static String numbered(List<String> steps) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add("Bước " + (i + 1) + ": " + steps.get(i));
        }
        return String.join("\n", lines);
    }

    private static void optional(List<List<Object>> rows, String label, String value) {
        if (value != null) {
            rows.add(List.of(label, value));
        }
    }

    @Override
    public String summary(Procedure p) {
        return "Thủ tục lĩnh vực " + p.field() + ", thời hạn giải quyết: " + p.processingTime();
    }

    @Override
    public String searchText(Procedure p, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        parts.add(p.name() + ". " + p.field() + ". " + String.join(" ", p.steps()) + " " + p.applicants());
        p.fees().forEach(f -> parts.add(f.name() + " phí lệ phí"));
        p.documents().forEach(doc -> parts.add(doc.name()));
        return String.join(" ", parts);
    }

    @Override
    public String group(Procedure p) {
        return p.field();
    }

    @Override
    public Grouping grouping() {
        return Grouping.ALPHABETICAL;
    }

    @Override
    public List<String> namedFiles(Procedure p) {
        return p.forms().stream().map(Attachment::sitePath).toList();
    }

    @Override
    public Optional<PublicService> service(Procedure p) {
        return Optional.of(new PublicService(p.code(), p.name(), p.field(), p.agency(), p.applicants(),
                p.onlineService(), p.fees().stream()
                .map(f -> new PublicService.Fee(f.name(), f.amount(), f.note())).toList()));
    }

    @Override
    public Optional<UniqueCode> uniqueCode(Procedure p) {
        return Optional.of(new UniqueCode("ma_thu_tuc", p.code(), first -> "mã thủ tục \"" + p.code()
                + "\" đã dùng ở " + first + ". Cách sửa: mỗi thủ tục một mã; nếu là cùng thủ tục, giữ một tệp."));
    }
}

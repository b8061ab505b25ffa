package vn.congkhai.budget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.FieldColumn;
import vn.congkhai.kind.FieldColumn.Cell;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SpreadsheetMapping;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congkhai.kind.Table.field;

/** The commune's budget ({@code ngan-sach}) at one stage of the year, Art. 11 item 2. */
public final class BudgetKind implements DisclosureKind<Budget> {

    /**
     * The columns of a budget line (of {@code thu} or {@code chi}); lines nest and parts start in the sheet, so the
     * import reads the lines itself, not field by field.
     */
    static final ListColumns COLUMNS = new ListColumns(DisclosureType.NGAN_SACH, "thu", List.of(
            FieldColumn.of("ma", Cell.OWN, "ma", "stt", "tt", "so tt").column("Mã"),
            FieldColumn.of("noi_dung", Cell.OWN, "chi tieu", "noi dung thu chi", "khoan muc"),
            FieldColumn.of("du_toan", Cell.OWN, "du toan nam", "du toan duoc giao", "ke hoach"),
            FieldColumn.of("thuc_hien", Cell.OWN, "uoc thuc hien", "quyet toan")), List.of("so sanh", "ty le"));

    @Override
    public DisclosureType type() {
        return DisclosureType.NGAN_SACH;
    }

    @Override
    public Class<Budget> dataClass() {
        return Budget.class;
    }

    @Override
    public Budget read(ReadInput in) {
        return BudgetReader.read(in.checks());
    }

    @Override
    public Object view(Budget budget, PageInput in) {
        return BudgetView.of(budget, budget.explanation() == null ? null : in.markdown().toHtml(budget.explanation(), 1));
    }

    /**
     * The open data's columns: a line's described fields, with the part it is in before them and its level in the
     * tree after its text (neither is a field of the line).
     */
    static final List<Table.Field> TABLE_FIELDS = tableFields();

    private static List<Table.Field> tableFields() {
        List<Table.Field> fields = new ArrayList<>(COLUMNS.tableFields());
        fields.add(0, field("phan", "Phần", "string"));
        int text = fields.stream().map(Table.Field::name).toList().indexOf("noi_dung");
        fields.add(text + 1, field("cap", "Cấp", "integer"));
        return List.copyOf(fields);
    }

    @Override
    public Table table(Budget budget) {
        List<List<Object>> rows = new ArrayList<>();
        addLines(rows, "Thu", budget.revenue(), 1);
        addLines(rows, "Chi", budget.expenditure(), 1);
        return new Table(TABLE_FIELDS, rows);
    }

    private static void addLines(List<List<Object>> rows, String part, List<BudgetLine> lines, int level) {
        for (BudgetLine line : lines) {
            Map<String, Object> values = new HashMap<>();
            values.put("phan", part);
            values.put("ma", line.code());
            values.put("noi_dung", line.text());
            values.put("cap", level);
            values.put("du_toan", line.estimate());
            values.put("thuc_hien", line.actual());
            rows.add(TABLE_FIELDS.stream().map(f -> values.get(f.name())).toList());
            addLines(rows, part, line.children(), level + 1);
        }
    }

    @Override
    public String summary(Budget budget) {
        return budget.stageLabel() + " năm " + budget.year();
    }

    @Override
    public String searchText(Budget budget, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        addTexts(parts, budget.revenue());
        addTexts(parts, budget.expenditure());
        if (budget.explanation() != null) {
            parts.add(Jsoup.parse(markdown.toHtml(budget.explanation())).text());
        }
        return String.join(" ", parts);
    }

    private static void addTexts(List<String> parts, List<BudgetLine> lines) {
        for (BudgetLine l : lines) {
            parts.add(l.text());
            addTexts(parts, l.children());
        }
    }

    @Override
    public String group(Budget budget) {
        return "Năm " + budget.year();
    }

    @Override
    public Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.of(new SpreadsheetMapping(COLUMNS, BudgetImport::read,
                BudgetKind::fromTitle, 2));
    }

    /** The fields a spreadsheet's title tells. */
    static void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
        doc.put("nam", year);
        String stage = stage(Headings.fold(title), year);
        if (stage == null) {
            problems.add("Không rõ giai đoạn ngân sách từ tiêu đề \"" + title + "\". Cách sửa: ghi rõ trong "
                    + "tiêu đề (dự toán, thực hiện 6 tháng, quyết toán …).");
        } else {
            doc.put("giai_doan", stage);
        }
    }

    /** The budget stage a folded title names, or null. */
    static String stage(String f, int year) {
        return f.contains("quyet toan") ? "quyet-toan"
                : f.contains("6 thang") ? "thuc-hien-6-thang"
                : f.contains("9 thang") ? "thuc-hien-9-thang"
                : f.matches(".*quy (i|1)\\b.*") ? "thuc-hien-q1"
                : f.contains("thuc hien") && (f.contains("ca nam") || f.contains("nam " + year)) ? "thuc-hien-nam"
                : f.contains("du toan") && f.contains("trinh") ? "du-toan-trinh"
                : f.contains("du toan") ? "du-toan" : null;
    }
}

package vn.congkhai.compensation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.FieldColumn;
import vn.congkhai.kind.FieldColumn.Cell;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SpreadsheetMapping;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compensation, support and resettlement plan ({@code boi-thuong}), Art. 11 item 3. Names and amounts are public
 * by law; the rows are still read as rows of people by the personal-data guard (no ID number, birth date, phone).
 */
public final class CompensationKind implements DisclosureKind<CompensationPlan> {

    /**
     * A household row of a plan, described once: the spreadsheet import reads its fields, the open data has the
     * published ones as its columns.
     */
    static final ListColumns COLUMNS = new ListColumns(DisclosureType.BOI_THUONG, "ho", List.of(
            FieldColumn.of("stt", Cell.ROW_NUMBER, "tt", "so tt").named("số thứ tự"),
            FieldColumn.of("chu_ho", Cell.TEXT, "ho va ten", "ho ten", "chu su dung", "chu su dung dat")
                    .named("tên chủ hộ").heading("Họ và tên chủ hộ"),
            FieldColumn.of("xom", Cell.TEXT, "thon"),
            FieldColumn.of("to_ban_do", Cell.TEXT, "so to", "to bd"),
            FieldColumn.of("so_thua", Cell.TEXT, "thua dat", "thua so", "thua"),
            FieldColumn.of("dien_tich_m2", Cell.MEASURE),
            FieldColumn.of("loai_dat", Cell.TEXT),
            FieldColumn.of("tai_san", Cell.TEXT),
            FieldColumn.of("don_gia_dat", Cell.AMOUNT, "don gia").named("đơn giá"),
            FieldColumn.of("boi_thuong_dat", Cell.AMOUNT, "tien dat", "bt dat"),
            FieldColumn.of("boi_thuong_tai_san", Cell.AMOUNT, "tien tai san", "bt tai san"),
            FieldColumn.of("ho_tro", Cell.AMOUNT),
            FieldColumn.of("tong", Cell.AMOUNT, "thanh tien", "tong cong", "tong so tien").heading("Tổng cộng"),
            FieldColumn.of("ghi_chu", Cell.TEXT).unpublished()), List.of());

    @Override
    public DisclosureType type() {
        return DisclosureType.BOI_THUONG;
    }

    @Override
    public Class<CompensationPlan> dataClass() {
        return CompensationPlan.class;
    }

    @Override
    public CompensationPlan read(ReadInput in) {
        return CompensationReader.read(in.checks());
    }

    @Override
    public Object view(CompensationPlan plan, PageInput in) {
        return CompensationView.of(plan);
    }

    @Override
    public Table table(CompensationPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (CompensatedHousehold h : plan.households()) {
            rows.add(Table.row(h.number(), h.head(), h.hamlet(), h.mapSheet(), h.plot(), h.area(), h.landType(),
                    assets(h), h.landUnitPrice(), h.landAmount(), h.assetsAmount(), h.support(), h.total()));
        }
        return new Table(COLUMNS.tableFields(), rows);
    }

    /** The assets as one cell: "Nhà cấp 4 (60 m²); Cây bạch đàn (120 cây)". */
    static String assets(CompensatedHousehold h) {
        if (h.assetsNote() != null) {
            return h.assetsNote();
        }
        List<String> parts = new ArrayList<>();
        for (CompensatedHousehold.Asset a : h.assets()) {
            parts.add(a.name() + (a.quantity() == null ? "" : " (" + VietnameseFormat.decimal(a.quantity())
                    + (a.unit() == null ? "" : " " + a.unit()) + ")"));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    @Override
    public List<String> peopleLists() {
        return List.of("ho");
    }

    /** The amounts and numbers of a household row: JSON numbers there are never ID numbers. */
    @Override
    public Map<String, String> peopleColumnKinds() {
        return COLUMNS.peopleColumnKinds();
    }

    @Override
    public List<String> hamlets(CompensationPlan plan) {
        return plan.households().stream().map(CompensatedHousehold::hamlet).filter(Objects::nonNull)
                .distinct().toList();
    }

    @Override
    public String summary(CompensationPlan plan) {
        return "Phương án bồi thường, hỗ trợ " + plan.project() + ": " + plan.households().size() + " hộ, tổng "
                + VietnameseFormat.money(plan.total());
    }

    @Override
    public String searchText(CompensationPlan plan, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.project());
        plan.households().forEach(h -> parts.add(h.head() + (h.hamlet() == null ? "" : " " + h.hamlet())));
        return String.join(" ", parts);
    }

    @Override
    public Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.of(new SpreadsheetMapping(COLUMNS, CompensationImport::read,
                CompensationKind::fromTitle, 3));
    }

    /** The fields a spreadsheet's title tells. */
    static void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
        doc.put("du_an", projectOf(title));
        doc.put("quyet_dinh", "Quyết định số … (sửa lại: số, ngày và cơ quan phê duyệt phương án)");
    }

    /** The project a title names: what follows "dự án" (or "công trình"), else the whole title. */
    static String projectOf(String title) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(dự án|công trình)\\s*:?\\s*(.+)$")
                .matcher(title.strip());
        String project = m.find() ? m.group(2).strip() : title.strip();
        return project.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + project.substring(1);
    }
}

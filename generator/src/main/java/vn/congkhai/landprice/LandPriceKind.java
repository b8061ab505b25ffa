package vn.congkhai.landprice;

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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The province's land prices for the commune's roads and areas ({@code gia-dat}), Art. 11 item 3. */
public final class LandPriceKind implements DisclosureKind<LandPriceTable> {

    /**
     * A price row, described once: the open data has its fields as columns; the import finds its columns and reads
     * the rows itself, as the position and price are either columns of their own or one column per position (VT1 …
     * VT4) holding its price, and the land type may be the title's.
     */
    static final ListColumns COLUMNS = new ListColumns(DisclosureType.GIA_DAT, "dong", List.of(
            FieldColumn.of("tuyen_duong", Cell.OWN, "tuyen duong", "ten duong", "duong", "khu vuc", "ten duong pho"),
            FieldColumn.of("doan", Cell.OWN, "doan duong", "tu den", "doan tu den"),
            FieldColumn.of("vi_tri", Cell.OWN, "vt"),
            FieldColumn.of("loai_dat", Cell.OWN),
            FieldColumn.of("gia_vnd_m2", Cell.OWN, "gia", "don gia", "muc gia")),
            List.of("stt", "tt", "vt 1", "vt1", "vi tri 1"));

    @Override
    public DisclosureType type() {
        return DisclosureType.GIA_DAT;
    }

    @Override
    public Class<LandPriceTable> dataClass() {
        return LandPriceTable.class;
    }

    @Override
    public LandPriceTable read(ReadInput in) {
        return LandPriceReader.read(in.checks());
    }

    @Override
    public Object view(LandPriceTable table, PageInput in) {
        return LandPriceView.of(table);
    }

    @Override
    public Table table(LandPriceTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (LandPrice p : table.prices()) {
            rows.add(Table.row(p.road(), p.segment(), p.position(), p.landType(), p.price()));
        }
        return new Table(COLUMNS.tableFields(), rows);
    }

    @Override
    public String summary(LandPriceTable table) {
        return "Bảng giá đất" + (table.decision() == null ? "" : " theo " + table.decision()) + ", "
                + table.prices().size() + " mức giá";
    }

    /** Road names first (searched without diacritics by the search page), then the stretches and land types. */
    @Override
    public String searchText(LandPriceTable table, Markdown markdown) {
        Set<String> parts = new LinkedHashSet<>();
        table.prices().forEach(p -> parts.add(p.road()));
        table.prices().forEach(p -> {
            if (p.segment() != null) {
                parts.add(p.segment());
            }
        });
        table.prices().forEach(p -> parts.add(p.landType()));
        return String.join(" ", parts);
    }

    @Override
    public String group(LandPriceTable table) {
        return "Áp dụng từ năm " + table.from().getYear();
    }

    @Override
    public Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.of(new SpreadsheetMapping(COLUMNS, LandPriceImport::read,
                LandPriceKind::fromTitle, 3));
    }

    /** The fields a spreadsheet's title tells. */
    static void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(quyết định (số )?[0-9][^ ,;]*)")
                .matcher(title);
        doc.put("quyet_dinh", m.find() ? m.group(1).substring(0, 1).toUpperCase() + m.group(1).substring(1)
                : "Quyết định số … của UBND tỉnh (sửa lại: số, ngày ban hành)");
        doc.put("ap_dung_tu", year + "-01-01");
    }
}

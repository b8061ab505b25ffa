package vn.congkhai.household;

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
import vn.congkhai.model.Link;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The poor and near-poor household list ({@code ho-ngheo}), Art. 11 item 7. */
public final class HouseholdKind implements DisclosureKind<HouseholdList> {

    /**
     * A household row's fields, described once: the spreadsheet import reads them, the open data has them as its
     * columns. The category may also be marked in columns of its own or named in the sheet's title.
     */
    static final ListColumns COLUMNS = new ListColumns(DisclosureType.HO_NGHEO, "ho", List.of(
            FieldColumn.of("stt", Cell.ROW_NUMBER, "so tt", "tt", "so thu tu").named("số thứ tự"),
            FieldColumn.of("chu_ho", Cell.TEXT, "ho va ten chu ho", "ho ten chu ho", "ten chu ho", "ho va ten",
                    "ho ten").named("tên chủ hộ").heading("Họ và tên chủ hộ"),
            FieldColumn.of("xom", Cell.TEXT, "thon", "thon xom", "xom thon", "ban", "to dan pho").named("tên xóm"),
            FieldColumn.of("phan_loai", Cell.OWN, "loai ho", "dien", "xep loai"),
            FieldColumn.of("so_nhan_khau", Cell.COUNT, "nhan khau", "so khau", "so nguoi"),
            FieldColumn.of("ghi_chu", Cell.TEXT)), List.of("ho ngheo", "ho can ngheo"));

    @Override
    public DisclosureType type() {
        return DisclosureType.HO_NGHEO;
    }

    @Override
    public Class<HouseholdList> dataClass() {
        return HouseholdList.class;
    }

    @Override
    public HouseholdList read(ReadInput in) {
        return HouseholdListReader.read(in.checks());
    }

    @Override
    public Object view(HouseholdList list, PageInput in) {
        List<Link> others = in.content().published(type()).stream().filter(o -> !o.equals(in.disclosure()))
                .map(Link::to).toList();
        return HouseholdView.of(list, others);
    }

    @Override
    public Table table(HouseholdList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Household h : list.households()) {
            rows.add(Table.row(h.number(), h.head(), h.hamlet(), h.category().label(), h.members(), h.note()));
        }
        return new Table(COLUMNS.tableFields(), rows);
    }

    @Override
    public List<String> peopleLists() {
        return List.of("ho");
    }

    @Override
    public String summary(HouseholdList list) {
        return list.roundLabel() + " năm " + list.year() + ", " + list.households().size() + " hộ";
    }

    @Override
    public String searchText(HouseholdList list, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        list.households().forEach(h -> parts.add(h.head() + " " + h.hamlet() + " " + h.category().label()));
        return String.join(" ", parts);
    }

    @Override
    public List<String> hamlets(HouseholdList list) {
        return list.households().stream().map(Household::hamlet).distinct().toList();
    }

    @Override
    public String group(HouseholdList list) {
        return "Năm " + list.year();
    }

    @Override
    public Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.of(new SpreadsheetMapping(COLUMNS, HouseholdImport::read,
                HouseholdKind::fromTitle, 7));
    }

    /** The fields a spreadsheet's title tells. */
    static void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
        String f = Headings.fold(title);
        doc.put("nam", year);
        doc.put("dot", f.contains("so bo") ? "so-bo" : f.contains("bo sung") ? "bo-sung" : "chinh-thuc");
    }
}

package vn.congkhai.sheet;

import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SpreadsheetMapping;
import vn.congkhai.kind.SpreadsheetMapping.TitleFields;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list or table the commune publishes ({@code bang}) with the columns it declares. */
public final class SheetKind implements DisclosureKind<DataSheet> {

    /** No field of its own: every column becomes one; these headings tell the heading row. */
    static final ListColumns COLUMNS = new ListColumns(DisclosureType.BANG, "dong", List.of(), List.of("stt",
            "tt", "noi dung", "ho va ten", "ho ten", "xom", "so tien", "thanh tien", "ghi chu", "ngay", "so luong",
            "don vi", "ten", "muc", "gia"));

    @Override
    public DisclosureType type() {
        return DisclosureType.BANG;
    }

    @Override
    public Class<DataSheet> dataClass() {
        return DataSheet.class;
    }

    @Override
    public DataSheet read(ReadInput in) {
        return DataSheetReader.read(in.checks());
    }

    @Override
    public Object view(DataSheet sheet, PageInput in) {
        return SheetView.of(sheet);
    }

    @Override
    public Table table(DataSheet sheet) {
        List<Table.Field> fields = new ArrayList<>();
        for (Column c : sheet.columns()) {
            fields.add(Table.field(c.code(), c.heading(), switch (c.kind()) {
                case MONEY -> "integer";
                case NUMBER -> "number";
                case DATE -> "date";
                case TEXT -> "string";
            }));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : sheet.rows()) {
            List<Object> values = new ArrayList<>();
            sheet.columns().forEach(c -> values.add(row.get(c.code())));
            rows.add(values);
        }
        return new Table(fields, rows);
    }

    @Override
    public List<String> peopleLists() {
        return List.of("dong");
    }

    @Override
    public String summary(DataSheet sheet) {
        return sheet.rows().size() + " dòng";
    }

    @Override
    public String searchText(DataSheet sheet, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        sheet.columns().forEach(c -> parts.add(c.heading()));
        sheet.rows().forEach(r -> r.values().forEach(v -> parts.add(v instanceof String s ? s : "")));
        return String.join(" ", parts);
    }

    @Override
    public Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.of(new SpreadsheetMapping(COLUMNS, SheetImport::read,
                TitleFields.NONE, 14));
    }
}

package vn.congkhai.spreadsheet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An {@code .xlsx} as the officer sees it: the first visible sheet, without its hidden rows and columns and the cells
 * a {@code ;;;} format shows empty (a hidden column of birth dates or ID numbers is not the officer's to publish by
 * mistake); merged cells carry their value into
 * every cell they cover; numbers as plain digits, but as Excel shows them when it shows a leading zero
 * ({@code 0912345678}); dates as {@code yyyy-MM-dd}.
 * <p>
 * Only the cells that hold a value are read, never the sheet's declared size: the rows are the rows holding values
 * (a run of empty rows between them is one empty row), the columns the columns holding values, in order. A 3 KB file
 * with one value at XFD1048576 is two rows of two cells.
 */
final class XlsxGrid {

    /**
     * More than any list a commune publishes (a bake refuses one over SizeLimits.MAX_ROWS rows); bounds the memory of
     * a grid. The refusal writes the number out ("50.000 dòng").
     */
    static final int MAX_ROWS = 50_000;
    static final int MAX_COLUMNS = 500;

    private XlsxGrid() {
    }

    static Grid read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            return read(file, book);
        } catch (Grid.Unreadable e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new Grid.Unreadable("Không đọc được " + file.getFileName() + ": tệp có mật khẩu. Cách sửa: mở tệp "
                    + "bằng Excel, bỏ mật khẩu (File → Info → Protect Workbook → Encrypt with Password, xoá mật "
                    + "khẩu), lưu lại rồi nhập lại.");
        } catch (IOException | RuntimeException e) {
            // POI's own words (a zip bomb, "Tried to allocate an array…", a broken package) are not the officer's
            if (isZipBomb(e)) {
                throw new Grid.Unreadable("Không đọc được " + file.getFileName() + ": tệp nén bất thường (giải nén ra "
                        + "lớn gấp hàng trăm lần tệp), có thể là tệp độc hại, chưa nhập gì. Cách sửa: đừng mở tệp này; "
                        + "xin lại bảng tính từ người gửi, hoặc tự lập bảng trong Excel rồi lưu dạng Excel Workbook "
                        + "(.xlsx) và nhập tệp đó.");
            }
            throw new Grid.Unreadable("Không đọc được " + file.getFileName() + ": tệp hỏng, quá lớn hoặc không phải "
                    + "bảng tính Excel (.xlsx). Cách sửa: mở tệp bằng Excel, chép riêng bảng cần công khai sang một "
                    + "tệp mới, lưu dạng Excel Workbook (.xlsx) rồi nhập tệp mới.");
        }
    }

    /** POI's refusal of a package that inflates far beyond its size (its ZipSecureFile), wherever it is wrapped. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Grid read(Path file, Workbook book) throws Grid.Unreadable {
        Sheet sheet = null;
        int hiddenSheets = 0;
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            if (book.isSheetHidden(i) || book.isSheetVeryHidden(i)) {
                hiddenSheets++;
            } else if (sheet == null) {
                sheet = book.getSheetAt(i);
            }
        }
        if (sheet == null) {
            throw new Grid.Unreadable("Không đọc được " + file.getFileName() + ": mọi trang tính đều bị ẩn. Cách sửa: "
                    + "bỏ ẩn trang tính cần nhập (nhấp phải vào tên trang → Unhide) rồi nhập lại.");
        }
        Visible values = visible(file, sheet);
        spreadMerged(sheet, values.cells);
        List<String> notes = new ArrayList<>();
        String hidden = hiddenNote(values.hiddenRows.size(), values.hiddenColumns.size(), values.hiddenCells.size(),
                hiddenSheets);
        if (hidden != null) {
            notes.add(hidden);
        }
        return new Grid(lines(values), notes);
    }

    /** The visible values of a sheet by row and column, and the hidden rows and columns that held values. */
    private record Visible(NavigableMap<Integer, NavigableMap<Integer, String>> cells, NavigableSet<Integer> hiddenRows,
                          NavigableSet<Integer> hiddenColumns, NavigableSet<Integer> allHiddenRows,
                          Set<String> hiddenCells) {
    }

    /** A cell whose number format shows nothing (";;;", Excel's way to hide a value in a visible cell). */
    private static boolean isFormattedAway(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return format != null && format.replaceAll("\\s", "").equals(";;;");
    }

    private static Visible visible(Path file, Sheet sheet) throws Grid.Unreadable {
        Visible values = new Visible(new TreeMap<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                new HashSet<>());
        DataFormatter formatter = new DataFormatter();
        Map<Integer, Boolean> columnHidden = new HashMap<>();
        NavigableSet<Integer> columns = new TreeSet<>();
        for (Row row : sheet) {
            boolean rowHidden = row.getZeroHeight() || row.getHeight() == 0;
            if (rowHidden) {
                values.allHiddenRows.add(row.getRowNum());
            }
            for (Cell cell : row) {
                String text = Grid.clean(text(cell, formatter));
                if (text.isEmpty()) {
                    continue;
                }
                int c = cell.getColumnIndex();
                if (isFormattedAway(cell)) {
                    values.hiddenCells.add(row.getRowNum() + ":" + c);
                } else if (rowHidden) {
                    values.hiddenRows.add(row.getRowNum());
                } else if (columnHidden.computeIfAbsent(c,
                        i -> sheet.isColumnHidden(i) || sheet.getColumnWidth(i) == 0)) {
                    values.hiddenColumns.add(c);
                } else {
                    values.cells.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(c, text);
                    columns.add(c);
                }
            }
            if (values.cells.size() > MAX_ROWS || columns.size() > MAX_COLUMNS) {
                throw new Grid.Unreadable("Không nhập được " + file.getFileName() + ": trang tính đầu có hơn "
                        + (columns.size() > MAX_COLUMNS ? MAX_COLUMNS + " cột" : "50.000 dòng") + " có dữ liệu, quá "
                        + "lớn cho một danh sách công khai. Cách sửa: chép riêng bảng cần công khai sang một tệp mới "
                        + "rồi nhập tệp đó.");
            }
        }
        return values;
    }

    /** A merged cell's value in every visible cell it covers, among the rows and columns that hold values. */
    private static void spreadMerged(Sheet sheet, NavigableMap<Integer, NavigableMap<Integer, String>> cells) {
        NavigableSet<Integer> columns = new TreeSet<>();
        cells.values().forEach(row -> columns.addAll(row.keySet()));
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            NavigableMap<Integer, String> first = cells.get(merged.getFirstRow());
            String value = first == null ? null : first.get(merged.getFirstColumn());
            if (value == null) {
                continue;
            }
            for (NavigableMap<Integer, String> row
                    : cells.subMap(merged.getFirstRow(), true, merged.getLastRow(), true).values()) {
                for (int c : columns.subSet(merged.getFirstColumn(), true, merged.getLastColumn(), true)) {
                    row.put(c, value);
                }
            }
        }
    }

    /**
     * The rows holding values as lines of the columns holding values; a run of visible empty rows between two of
     * them is one empty line (the end of a list), hidden rows are no gap.
     */
    private static List<Grid.Line> lines(Visible values) {
        List<Integer> columns = new ArrayList<>(new TreeSet<>(values.cells.values().stream()
                .flatMap(row -> row.keySet().stream()).toList()));
        Map<Integer, Integer> place = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            place.put(columns.get(i), i);
        }
        List<Grid.Line> lines = new ArrayList<>();
        Integer previous = null;
        for (Map.Entry<Integer, NavigableMap<Integer, String>> row : values.cells.entrySet()) {
            int r = row.getKey();
            if (previous != null && r - previous - 1 > values.allHiddenRows.subSet(previous, false, r, false).size()) {
                lines.add(new Grid.Line(previous + 2, List.of()));
            }
            String[] cells = new String[place.get(row.getValue().lastKey()) + 1];
            Arrays.fill(cells, "");
            row.getValue().forEach((c, text) -> cells[place.get(c)] = text);
            lines.add(new Grid.Line(r + 1, List.of(cells)));
            previous = r;
        }
        return lines;
    }

    /** One line saying what hidden parts were left out, or null when nothing hidden held a value. */
    private static String hiddenNote(int rows, int columns, int cells, int sheets) {
        List<String> parts = new ArrayList<>();
        if (rows > 0) {
            parts.add(rows + " dòng ẩn");
        }
        if (columns > 0) {
            parts.add(columns + " cột ẩn");
        }
        if (cells > 0) {
            parts.add(cells + " ô ẩn bằng định dạng \";;;\"");
        }
        if (sheets > 0) {
            parts.add(sheets + " trang tính ẩn");
        }
        if (parts.isEmpty()) {
            return null;
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
        return "Bỏ qua " + list + ": phần bị ẩn trong Excel không được nhập, để không công khai điều cán bộ không "
                + "thấy. Nếu cần công khai phần đó, bỏ ẩn rồi nhập lại.";
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            String plain = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            if (plain.matches("\\d+")) { // a whole number Excel shows with leading zeros is an identifier
                String shown = formatter.formatCellValue(cell);
                if (shown.length() > plain.length() && shown.matches("0+" + plain)) {
                    return shown;
                }
            }
            return plain;
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        if (type == CellType.ERROR) { // a formula's cached error, as Excel shows it (#N/A), never the formula
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        }
        return "";
    }
}

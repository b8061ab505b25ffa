package vn.congkhai.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/**
 * A spreadsheet as officers see it, as rows of text with their row numbers: an {@code .xlsx} (its first visible
 * sheet, without the rows, columns and sheets hidden in Excel; see {@link XlsxGrid}) or a {@code .csv} (comma or
 * semicolon, UTF-8 with or without BOM; see {@link CsvGrid}). {@code notes} tell the officer what was left out.
 */
public record Grid(List<Line> lines, List<String> notes) {

    /** A row of the spreadsheet: its number as the officer sees it (1 = first row) and its cells as text. */
    public record Line(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        public String joined() {
            return String.join(" ", cells.stream().filter(c -> !c.isBlank()).distinct().toList()).strip();
        }
    }

    /**
     * A spreadsheet that cannot be imported; its message is the whole sentence the officer reads (what is wrong with
     * the file and how to fix it), never a library's text.
     */
    public static final class Unreadable extends IOException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * @throws Unreadable for a file the officer must fix (another encoding, a password, too large); another
     *                    exception only for a fault of the program or the disk
     */
    public static Grid read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxGrid.read(file);
        }
        if (name.endsWith(".csv")) {
            return CsvGrid.read(file);
        }
        throw new Unreadable("Không đọc được " + file.getFileName() + ": chỉ nhận bảng tính .xlsx hoặc .csv. Cách sửa: "
                + "mở tệp bằng Excel, chọn Lưu thành (Save As), kiểu \"Excel Workbook (*.xlsx)\", rồi nhập tệp .xlsx.");
    }

    static String clean(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
    }
}

package vn.congkhai.spreadsheet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet as officers have it, as rows of text with their row numbers: an {@code .xlsx} (first sheet; merged
 * cells carry their value into every cell they cover; numbers as plain digits, dates as {@code yyyy-MM-dd}) or a
 * {@code .csv} (comma or semicolon, UTF-8 with or without BOM).
 */
public record Grid(List<Line> lines) {

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

    public static Grid read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return xlsx(file);
        }
        if (name.endsWith(".csv")) {
            return csv(file);
        }
        throw new IOException("chỉ nhận tệp .xlsx hoặc .csv");
    }

    private static Grid xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            String[][] cells = new String[sheet.getLastRowNum() + 1][Math.max(width, 0)];
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells[row.getRowNum()][cell.getColumnIndex()] = text(cell, formatter);
                }
            }
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = cells[merged.getFirstRow()][merged.getFirstColumn()];
                for (int r = merged.getFirstRow(); r <= merged.getLastRow() && r < cells.length; r++) {
                    for (int c = merged.getFirstColumn(); c <= merged.getLastColumn() && c < width; c++) {
                        cells[r][c] = value;
                    }
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 0; r < cells.length; r++) {
                lines.add(new Line(r + 1, Arrays.stream(cells[r]).map(Grid::clean).toList()));
            }
            return new Grid(lines);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static Grid csv(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.lines().limit(10).reduce("", String::concat);
        char separator = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count() ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (rows.hasNext()) {
                int number = rows.getCurrentLocation().getLineNr();
                String[] row = rows.next();
                lines.add(new Line(number, Arrays.stream(row).map(Grid::clean).toList()));
            }
        }
        return new Grid(lines);
    }

    private static String clean(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
    }
}

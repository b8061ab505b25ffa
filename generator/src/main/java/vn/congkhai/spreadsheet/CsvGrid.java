package vn.congkhai.spreadsheet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code .csv} as rows: comma or semicolon, UTF-8 with or without BOM. A file in another encoding (Excel's "CSV
 * (Comma delimited)" writes the Windows code page, Windows-1258 on a Vietnamese Windows; its "Unicode Text" writes
 * UTF-16) is refused with the way to save it again, never imported with garbled names.
 */
final class CsvGrid {

    /** The bytes that are Vietnamese letters (Ă ă Đ đ Ơ ơ Ư ư) in Windows-1258 and rarely anything else. */
    private static final byte[] VIETNAMESE_1258 = {(byte) 0xC3, (byte) 0xE3, (byte) 0xD0, (byte) 0xF0, (byte) 0xD5,
            (byte) 0xF5, (byte) 0xDD, (byte) 0xFD};

    private CsvGrid() {
    }

    static Grid read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.lines().limit(10).reduce("", String::concat);
        char separator = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Grid.Line> lines = new ArrayList<>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (rows.hasNext()) {
                int number = rows.getCurrentLocation().getLineNr();
                String[] row = rows.next();
                lines.add(new Grid.Line(number, Arrays.stream(row).map(Grid::clean).toList()));
            }
        } catch (JsonProcessingException | RuntimeJsonMappingException e) {
            // Jackson's words are not the officer's: say where, and the usual cause
            JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
            throw new Grid.Unreadable("Không đọc được " + file.getFileName() + ": "
                    + (at != null && at.getLineNr() > 0 ? "dòng " + at.getLineNr() + " " : "")
                    + "không đúng dạng CSV (thường do một dấu ngoặc kép \" không đóng). Cách sửa: mở tệp bằng Excel, "
                    + "kiểm tra dòng đó, lưu lại dạng \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi nhập lại.");
        }
        return new Grid(lines, List.of());
    }

    /** The text of a UTF-8 file; any other encoding is {@link Grid.Unreadable}, named when it can be told. */
    private static String decode(Path file, byte[] bytes) throws Grid.Unreadable {
        if (isUtf16(bytes)) {
            throw notUtf8(file, "UTF-16 (kiểu \"Unicode Text\" của Excel)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            boolean vietnamese = false;
            for (byte b : bytes) {
                for (byte v : VIETNAMESE_1258) {
                    vietnamese |= b == v;
                }
            }
            throw notUtf8(file, vietnamese ? "Windows-1258 (tiếng Việt của Windows)"
                    : "một bảng mã Windows (như Windows-1252)");
        }
    }

    /** A byte order mark of UTF-16, or the zero bytes UTF-16 puts beside every ASCII letter. */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int zeros = 0;
        int sample = Math.min(bytes.length, 1000);
        for (int i = 0; i < sample; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return sample > 0 && zeros * 4 > sample;
    }

    private static Grid.Unreadable notUtf8(Path file, String encoding) {
        return new Grid.Unreadable("Tệp " + file.getFileName() + " được lưu bằng bảng mã " + encoding
                + ", không phải UTF-8: chữ có dấu sẽ bị sai, chưa nhập gì. Cách sửa: mở tệp bằng Excel, chọn "
                + "Lưu thành (Save As), chọn kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\", lưu lại dạng CSV UTF-8 "
                + "rồi nhập lại; hoặc lưu dạng Excel Workbook (.xlsx) và nhập tệp .xlsx.");
    }
}

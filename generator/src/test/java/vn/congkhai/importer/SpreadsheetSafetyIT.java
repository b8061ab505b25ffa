package vn.congkhai.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spreadsheets as officers keep them, made here with Apache POI: what Excel hides is never imported nor published,
 * identifiers keep their leading zeros (and the personal-data guard then refuses them), files in another encoding or
 * that POI cannot read get a Vietnamese message, and a sheet is read by the cells that hold values.
 */
class SpreadsheetSafetyIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);
    /** What the hidden parts hold, in every way a bake could write it. */
    private static final List<String> HIDDEN = List.of("1951-03-12", "12/03/1951", "1161012345", "912345678",
            "001099012345", "Hoàng Văn Ẩn", "GHI CHÚ NỘI BỘ");

    private Importer.Outcome run(FixtureSite site, Path sheet, DisclosureType type, String output) {
        return new Importer(site.dir(), TODAY).run(new Importer.Request(sheet, type, site.dir().resolve(output),
                null, null, false, false));
    }

    private static void publish(Path file) throws IOException {
        Files.writeString(file, Files.readString(file).replace("\"status\": \"draft\"", "\"status\": \"published\""));
    }

    /**
     * A household list with the columns NS (a date), Mã số and Liên hệ (numbers shown with leading zeros) hidden, a
     * hidden row, and a hidden sheet holding an ID number; {@code visible} shows the Mã số and Liên hệ columns.
     */
    private Path workbook(String name, boolean visible) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Danh sách");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle twelve = book.createCellStyle();
            twelve.setDataFormat(book.createDataFormat().getFormat("000000000000"));
            CellStyle ten = book.createCellStyle();
            ten.setDataFormat(book.createDataFormat().getFormat("0000000000"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỘ NGHÈO NĂM 2025");
            String[] headings = {"STT", "Họ và tên chủ hộ", "Xóm", "Phân loại", "NS", "Mã số", "Liên hệ", "Ghi chú"};
            Row heading = sheet.createRow(2);
            for (int c = 0; c < headings.length; c++) {
                heading.createCell(c).setCellValue(headings[c]);
            }
            String[][] rows = {{"1", "Nguyễn Văn An", "Xóm Kết Thành", "Hộ nghèo", "Hộ có người khuyết tật"},
                    {"2", "Hoàng Văn Ẩn", "Xóm Đồng Mạc", "Hộ nghèo", "GHI CHÚ NỘI BỘ"},
                    {"3", "Lưu Thị Mai", "Xóm Đồng Mạc", "Hộ cận nghèo", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(Integer.parseInt(rows[r][0]));
                for (int c = 1; c < 4; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
                row.createCell(4).setCellValue(LocalDate.of(1951, 3, 12 + r));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(1161012345L + r);
                row.getCell(5).setCellStyle(twelve);
                row.createCell(6).setCellValue(912345678 + r);
                row.getCell(6).setCellStyle(ten);
                row.createCell(7).setCellValue(rows[r][4]);
            }
            sheet.getRow(4).setZeroHeight(true);
            sheet.setColumnHidden(4, true);
            if (!visible) {
                sheet.setColumnHidden(5, true);
                sheet.setColumnHidden(6, true);
            }
            book.createSheet("Nội bộ").createRow(0).createCell(0).setCellValue("CCCD 001099012345");
            book.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            Path file = tmp.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }

    static List<DisclosureType> listTypes() {
        return List.of(DisclosureType.BANG, DisclosureType.HO_NGHEO);
    }

    @ParameterizedTest
    @MethodSource("listTypes")
    void hiddenRowsColumnsAndSheetsAreNeitherImportedNorPublished(DisclosureType type) throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, workbook("an.xlsx", false), type, "content/" + type.code() + "/an.json");
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        assertThat(outcome.messages()).contains("  Lưu ý: Bỏ qua 1 dòng ẩn, 3 cột ẩn và 1 trang tính ẩn: phần bị ẩn "
                + "trong Excel không được nhập, để không công khai điều cán bộ không thấy. Nếu cần công khai phần đó, "
                + "bỏ ẩn rồi nhập lại.");
        assertThat(Files.readString(outcome.written())).contains("Lưu Thị Mai").doesNotContain(HIDDEN);
        publish(outcome.written());
        site.bake();
        List<Path> published = published(site, "an.");
        assertThat(published).as("page, printout, CSV and JSON of the list").hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(p -> p.toString().endsWith(".pdf")).anyMatch(p -> p.toString().endsWith(".csv"));
        assertThat(text(site.site().resolve(type.code() + "/an.html"))).contains("Lưu Thị Mai");
        for (Path file : allFiles(site.site())) {
            assertThat(text(file)).as(file.toString()).doesNotContain(HIDDEN);
        }
    }

    @Test
    void identifiersKeepTheirLeadingZeros() throws Exception {
        Grid grid = Grid.read(workbook("hien.xlsx", true));
        assertThat(grid.notes()).containsExactly("Bỏ qua 1 dòng ẩn, 1 cột ẩn và 1 trang tính ẩn: phần bị ẩn trong "
                + "Excel không được nhập, để không công khai điều cán bộ không thấy. Nếu cần công khai phần đó, bỏ ẩn "
                + "rồi nhập lại.");
        assertThat(grid.lines()).as("the hidden row 5 is no gap in the list").extracting(Grid.Line::number)
                .containsExactly(1, 2, 3, 4, 6);
        assertThat(grid.lines().get(3).cells()).containsExactly("1", "Nguyễn Văn An", "Xóm Kết Thành", "Hộ nghèo",
                "001161012345", "0912345678", "Hộ có người khuyết tật");
    }

    /** Excel's other way to hide: a number format of ";;;" shows a cell empty. */
    @Test
    void aCellFormattedToShowNothingIsNotRead() throws Exception {
        Path file = tmp.resolve("dinh-dang.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Danh sách");
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Họ và tên");
            heading.createCell(1).setCellValue("Ghi chú");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nguyễn Văn An");
            row.createCell(1).setCellValue("CCCD 001099012345");
            CellStyle nothing = book.createCellStyle();
            nothing.setDataFormat(book.createDataFormat().getFormat(";;;"));
            row.getCell(1).setCellStyle(nothing);
            book.write(out);
        }
        Grid grid = Grid.read(file);
        assertThat(grid.lines().get(1).cells()).containsExactly("Nguyễn Văn An");
        assertThat(grid.notes()).containsExactly("Bỏ qua 1 ô ẩn bằng định dạng \";;;\": phần bị ẩn trong Excel không "
                + "được nhập, để không công khai điều cán bộ không thấy. Nếu cần công khai phần đó, bỏ ẩn rồi nhập lại.");
    }

    /** The guard of the bake, run before the draft is written: the repository never holds the numbers. */
    @Test
    void aVisibleIdOrPhoneColumnIsRefusedAndNothingIsWritten() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, workbook("hien.xlsx", true), DisclosureType.BANG, "content/bang/hien.json");
        String rule = " Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu "
                + "cá nhân 91/2025/QH15).";
        assertThat(outcome.messages()).containsExactly(
                "Bảng tính có 4 chỗ là dữ liệu cá nhân không được công khai, chưa nhập gì:",
                // a row is one line of the file as written (CanonicalJson): its findings come by field name
                "  dòng thứ 1 (Nguyễn Văn An), lien_he: có giá trị \"0912345678\" giống số điện thoại." + rule
                        + " Cách sửa: xoá số điện thoại khỏi danh sách.",
                "  dòng thứ 1 (Nguyễn Văn An), ma_so: có giá trị \"001161012345\" giống số chứng minh nhân dân hoặc căn "
                        + "cước công dân (12 chữ số)." + rule + " Cách sửa: xoá số này khỏi tệp.",
                "  dòng thứ 2 (Lưu Thị Mai), lien_he: có giá trị \"0912345680\" giống số điện thoại." + rule
                        + " Cách sửa: xoá số điện thoại khỏi danh sách.",
                "  dòng thứ 2 (Lưu Thị Mai), ma_so: có giá trị \"001161012347\" giống số chứng minh nhân dân hoặc căn "
                        + "cước công dân (12 chữ số)." + rule + " Cách sửa: xoá số này khỏi tệp.",
                "Xoá các số, ngày đó (hoặc cả cột) khỏi bảng tính rồi nhập lại.");
        assertThat(outcome.ok()).isFalse();
        assertThat(site.dir().resolve("content/bang/hien.json")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            windows-1258 | Windows-1258 (tiếng Việt của Windows)
            UTF-16       | UTF-16 (kiểu "Unicode Text" của Excel)
            UTF-16LE     | UTF-16 (kiểu "Unicode Text" của Excel)
            """)
    void aCsvInAnotherEncodingIsToldToBeSavedAsCsvUtf8(String charset, String named) throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path csv = tmp.resolve("ho-ngheo.csv");
        Files.write(csv, "STT,Ho va ten chu ho,Xom,Phan loai\n1,Hoàng Văn Sáng,Xóm Đồng Mạc,Hộ nghèo\n"
                .getBytes(Charset.forName(charset))); // what the code page has no letter for is written "?"
        Importer.Outcome outcome = run(site, csv, DisclosureType.HO_NGHEO, "content/ho-ngheo/csv.json");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.messages()).containsExactly("Tệp ho-ngheo.csv được lưu bằng bảng mã " + named + ", không "
                + "phải UTF-8: chữ có dấu sẽ bị sai, chưa nhập gì. Cách sửa: mở tệp bằng Excel, chọn Lưu thành (Save "
                + "As), chọn kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\", lưu lại dạng CSV UTF-8 rồi nhập lại; hoặc "
                + "lưu dạng Excel Workbook (.xlsx) và nhập tệp .xlsx.");
        assertThat(site.dir().resolve("content/ho-ngheo/csv.json")).doesNotExist();
    }

    private static final String BROKEN = ": tệp hỏng, quá lớn hoặc không phải bảng tính Excel (.xlsx). Cách sửa: mở "
            + "tệp bằng Excel, chép riêng bảng cần công khai sang một tệp mới, lưu dạng Excel Workbook (.xlsx) rồi nhập "
            + "tệp mới.";

    @Test
    void aFileThatIsNoSpreadsheetGetsAVietnameseMessageNotTheLibrarys() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path broken = tmp.resolve("hong.xlsx");
        Files.write(broken, "PK\u0003\u0004 không phải một bảng tính".getBytes(StandardCharsets.UTF_8));
        Importer.Outcome outcome = run(site, broken, DisclosureType.BANG, "content/bang/hong.json");
        assertThat(outcome.messages()).containsExactly("Không đọc được hong.xlsx" + BROKEN);
    }

    @Test
    void anOldExcelFileIsToldToBeSavedAsXlsx() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path old = Files.write(tmp.resolve("danh-sach.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Importer.Outcome outcome = run(site, old, DisclosureType.HO_NGHEO, "content/ho-ngheo/cu.json");
        assertThat(outcome.messages()).containsExactly("Không đọc được danh-sach.xls: chỉ nhận bảng tính .xlsx hoặc "
                + ".csv. Cách sửa: mở tệp bằng Excel, chọn Lưu thành (Save As), kiểu \"Excel Workbook (*.xlsx)\", rồi "
                + "nhập tệp .xlsx.");
    }

    /** POI's "Tried to allocate an array of length … bugzilla" (here: its limit lowered below what the file needs). */
    @Test
    void aFileOverPoisLimitsGetsAVietnameseMessageNotTheLibrarys() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path file = workbook("lon.xlsx", false);
        IOUtils.setByteArrayMaxOverride(100);
        Importer.Outcome outcome;
        try {
            outcome = run(site, file, DisclosureType.BANG, "content/bang/lon.json");
        } finally {
            IOUtils.setByteArrayMaxOverride(-1);
        }
        assertThat(outcome.messages()).containsExactly("Không đọc được lon.xlsx" + BROKEN);
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedSo() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path plain = workbook("ro.xlsx", false);
        Path locked = tmp.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Importer.Outcome outcome = run(site, locked, DisclosureType.HO_NGHEO, "content/ho-ngheo/mk.json");
        assertThat(outcome.messages()).containsExactly("Không đọc được mat-khau.xlsx: tệp có mật khẩu. Cách sửa: mở "
                + "tệp bằng Excel, bỏ mật khẩu (File → Info → Protect Workbook → Encrypt with Password, xoá mật khẩu), "
                + "lưu lại rồi nhập lại.");
    }

    /** A valid workbook with a part of 20 MB of spaces that packs into a few kilobytes. */
    @Test
    void aZipBombIsNamedAndNotOpened() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path plain = workbook("goc.xlsx", false);
        Path bomb = tmp.resolve("bom.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/dem.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        Importer.Outcome outcome = run(site, bomb, DisclosureType.BANG, "content/bang/bom.json");
        assertThat(outcome.messages()).containsExactly("Không đọc được bom.xlsx: tệp nén bất thường (giải nén ra lớn "
                + "gấp hàng trăm lần tệp), có thể là tệp độc hại, chưa nhập gì. Cách sửa: đừng mở tệp này; xin lại bảng "
                + "tính từ người gửi, hoặc tự lập bảng trong Excel rồi lưu dạng Excel Workbook (.xlsx) và nhập tệp đó.");
    }

    /** A 3 KB file whose sheet declares A1:XFD1048576: what is read is the three rows that hold values. */
    @Test
    void aSheetIsReadByTheCellsHoldingValuesNotItsDeclaredSize() throws Exception {
        Path file = tmp.resolve("xa.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Danh sách");
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("STT");
            heading.createCell(1).setCellValue("Nội dung");
            sheet.createRow(1).createCell(0).setCellValue(1);
            sheet.getRow(1).createCell(1).setCellValue("Sửa đường");
            sheet.createRow(1_048_575).createCell(16_383).setCellValue("x");
            book.write(out);
        }
        assertThat(Files.size(file)).isLessThan(8_000);
        Grid grid = Grid.read(file);
        assertThat(grid.lines()).extracting(Grid.Line::number).containsExactly(1, 2, 3, 1_048_576);
        assertThat(grid.lines()).allMatch(line -> line.cells().size() <= 3);
        assertThat(grid.lines().get(3).cells()).containsExactly("", "", "x");
        assertThat(grid.lines().get(2).isBlank()).as("the empty rows between, as one").isTrue();
    }

    @Test
    void aSheetWiderThanAnyListIsRefusedBeforeItIsLaidOut() throws Exception {
        Path file = tmp.resolve("rong.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = book.createSheet("Danh sách").createRow(0);
            for (int c = 0; c < 16_000; c += 31) {
                row.createCell(c).setCellValue("cột " + c);
            }
            book.write(out);
        }
        assertThatThrownBy(() -> Grid.read(file)).isInstanceOf(Grid.Unreadable.class).hasMessage("Không nhập được "
                + "rong.xlsx: trang tính đầu có hơn 500 cột có dữ liệu, quá lớn cho một danh sách công khai. Cách sửa: "
                + "chép riêng bảng cần công khai sang một tệp mới rồi nhập tệp đó.");
    }

    @Test
    void datesTypedAsTextInADateColumnAreDatesAndAWrongOneIsNamed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path csv = site.write("nop.csv", """
                CÔNG KHAI KẾT QUẢ ĐÓNG GÓP QUỸ NĂM 2025
                STT,Xóm,Số tiền (đồng),Ngày nộp
                1,Xóm Kết Thành,1.250.000,2025-03-07
                2,Xóm Đồng Mạc,980.000,15/3/2025
                3,Xóm Ấp Chè,700.000,ngày 20/3/2025
                4,Xóm Na Rì,500.000,30/02/2025
                """);
        Importer.Outcome refused = run(site, csv, DisclosureType.BANG, "content/bang/nop.json");
        assertThat(refused.messages()).containsExactly("Bảng tính có 1 chỗ không đọc được, chưa nhập gì:",
                "  Dòng 6: cột \"Ngày nộp\" có \"30/02/2025\" không phải ngày (cần dạng ngày/tháng/năm, ví dụ "
                        + "07/03/2025).",
                "Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập các dòng "
                        + "đọc được.");
        site.replace("nop.csv", "30/02/2025", "28/02/2025");
        Importer.Outcome outcome = run(site, csv, DisclosureType.BANG, "content/bang/nop.json");
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("cot").findValuesAsText("kieu")).containsExactly("so", "text", "tien", "ngay");
        assertThat(doc.path("dong").findValuesAsText("ngay_nop"))
                .containsExactly("2025-03-07", "2025-03-15", "2025-03-20", "2025-02-28");
    }

    private static List<Path> published(FixtureSite site, String stem) throws IOException {
        return allFiles(site.site()).stream().filter(p -> p.getFileName().toString().startsWith(stem)).toList();
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
    }

    /** A file's text as a reader gets it: a PDF's extracted text, any other file's bytes as UTF-8. */
    private static String text(Path file) throws IOException {
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

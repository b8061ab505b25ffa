package vn.congkhai.print;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printouts of the "types" fixture, opened with PDFBox as a reader would. */
class PrintoutsIT {

    @TempDir
    static Path tmp;
    static FixtureSite site;

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.of("types", tmp);
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            rows.append(i > 1 ? ",\n" : "").append("{\"stt\": ").append(i).append(", \"chu_ho\": \"Nguyễn Thị Hộ Mẫu ")
                    .append(i).append("\", \"xom\": \"Xóm Đồng Kè\", \"phan_loai\": \"ngheo\"}");
        }
        site.write("content/ho-ngheo/2024-lon.json", "{\"title\": \"Danh sách 300 hộ nghèo\", \"date\": \"2024-07-01\","
                + " \"type\": \"ho-ngheo\", \"muc_cong_khai\": 7, \"nam\": 2024, \"dot\": \"bo-sung\", \"ho\": [" + rows + "]}");
        site.bake();
    }

    static PDDocument open(String path) throws IOException {
        return Loader.loadPDF(site.site().resolve(path).toFile());
    }

    static String text(PDDocument doc) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
    }

    @Test
    void everyDisclosureAndPeriodReportHasAPdfLinkedFromItsPage() {
        for (String uri : List.of("ho-ngheo/2024.html", "ngan-sach/2024-6-thang.html", "bang/quy.html",
                "thu-tuc/chung-thuc.html", "lich-tiep-dan/quy-3.html", "ke-hoach/kh.html", "chinh-sach/bhyt.html")) {
            String pdf = uri.replace(".html", ".pdf");
            assertThat(site.site().resolve(pdf)).as(pdf).exists();
            assertThat(Jsoup.parse(site.page(uri)).select(".print-links a").eachAttr("href")).contains("../" + pdf);
        }
        assertThat(site.site().resolve("ke-hoach/kh-bao-cao-2024-q2.pdf")).exists();
    }

    @Test
    void pagesAreA4WithTheStateEmblemTextAndTheFontEmbedded() throws IOException {
        try (PDDocument doc = open("ho-ngheo/2024.pdf")) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            String text = text(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("UBND XÃ PHÚ THỊNH").contains("Phú Thịnh, ngày 01 tháng 7 năm 2024").contains("DANH SÁCH");
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("LiberationSerif");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void theEmbeddedFontCoversEveryCharacterUsed() throws IOException {
        try (PDDocument doc = open("ho-ngheo/2024.pdf")) {
            String text = text(doc);
            try (var in = PdfMaker.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                var font = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(in.readAllBytes()));
                var cmap = font.getUnicodeCmapLookup();
                for (int cp : text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct().toArray()) {
                    assertThat(cmap.getGlyphId(cp)).as("glyph for " + new String(Character.toChars(cp))).isPositive();
                }
            }
            assertThat(fonts(doc)).allSatisfy(f -> assertThat(f).isInstanceOf(PDType0Font.class));
            assertThat(text.replaceAll("\\s+", " ")).contains("Nguyễn Văn An").contains("Hộ có người khuyết tật");
        }
    }

    @Test
    void aThreeHundredHouseholdListBreaksAcrossPagesWithTheHeaderRowOnEachPage() throws IOException {
        try (PDDocument doc = open("ho-ngheo/2024-lon.pdf")) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            int withRows = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
                if (page.contains("Hộ Mẫu")) {
                    withRows++;
                    assertThat(page).as("page " + p).contains("STT").contains("Chủ hộ").contains("Phân loại");
                }
                if (p > 1) {
                    assertThat(page.lines().map(String::strip)).as("page number of page " + p).contains(String.valueOf(p));
                }
            }
            assertThat(withRows).isGreaterThan(1);
            String all = text(doc).replaceAll("\\s+", " ");
            for (int i = 1; i <= 300; i++) {
                assertThat(all).contains(i + " Nguyễn Thị Hộ Mẫu " + i + " Xóm Đồng Kè");
            }
        }
    }

    @Test
    void theQrCodeLeadsToThePageAndThePrintoutCarriesItsAddressDateAndRevision() throws Exception {
        String revision = Jsoup.parse(site.page("bang/quy.html")).select(".revision").text();
        assertThat(revision).matches("[0-9a-f]{8}");
        try (PDDocument doc = open("bang/quy.pdf")) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
            var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))));
            assertThat(result.getText()).isEqualTo("https://phuthinh.example.vn/bang/quy.html");
            String text = text(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("BẢN IN THÔNG TIN").contains("không thay thế văn bản gốc")
                    .contains("Ngày in: 20/07/2024").contains("Phiên bản nội dung:").contains(revision);
            assertThat(text.replace(" ", "")).contains("https://phuthinh.example.vn/bang/quy.html");
        }
    }

    @Test
    void aDisclosureWithAPostingPeriodHasItsStartAndEndPostingRecords() throws IOException {
        try (PDDocument doc = open("ho-ngheo/2024-bien-ban-niem-yet.pdf")) {
            String text = text(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("BIÊN BẢN").contains("Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2024")
                    .contains("Kết thúc niêm yết công khai").contains("từ ngày 02/07/2024 đến ngày 30/07/2024 (29 ngày)")
                    .contains("Phú Thịnh, ngày 02 tháng 7 năm 2024").contains("Phú Thịnh, ngày 30 tháng 7 năm 2024")
                    .contains("ĐẠI DIỆN UBND XÃ");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(Jsoup.parse(site.page("ho-ngheo/2024.html")).select(".print-links a").eachText())
                .containsExactly("In / Tải PDF", "Biên bản niêm yết và kết thúc niêm yết");
    }

    @Test
    void aPlanPrintoutHasItsRecipientsAndSignatureBlocks() throws IOException {
        FixtureSite project = FixtureSite.bakedProject();
        try (PDDocument doc = Loader.loadPDF(project.site().resolve("ke-hoach/papi-2024.pdf").toFile())) {
            String text = text(doc);
            assertThat(text).contains("KẾ HOẠCH").contains("Số: 171/KH-UBND").contains("Lục Ba, ngày 25 tháng 3 năm 2024")
                    .contains("Nơi nhận:").contains("TM. ỦY BAN NHÂN DÂN").contains("Trần Đức Tuấn");
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (fonts.stream().noneMatch(f -> f.getName().equals(font.getName()))) {
                    fonts.add(font);
                }
            }
        }
        return fonts;
    }
}

package vn.congkhai.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congkhai.testing.FixtureSite;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typesetting of Lục Ba's 2024 household list, read back with PDFBox: no page ends with a heading (nor with a
 * table's header row and no row under it), dates and amounts are never broken across lines, and the long table
 * repeats its header row on every page. Each posting record is one page: the record, its signatures, its note.
 */
class PrintLayoutIT {

    /** The page's body, between the margins of the print style sheet (22 mm top and bottom). */
    private static final float MARGIN = 22 / 25.4f * 72;

    static List<List<String>> pages;

    @BeforeAll
    static void read() throws IOException {
        FixtureSite site = FixtureSite.bakedProject();
        try (PDDocument doc = Loader.loadPDF(site.site().resolve("ho-ngheo/2024-chinh-thuc.pdf").toFile())) {
            pages = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea body = new PDFTextStripperByArea();
                body.setSortByPosition(true);
                float h = page.getMediaBox().getHeight();
                body.addRegion("body", new Rectangle2D.Float(0, MARGIN, page.getMediaBox().getWidth(), h - 2 * MARGIN));
                body.extractRegions(page);
                pages.add(Normalizer.normalize(body.getTextForRegion("body"), Normalizer.Form.NFC).replace('\u00A0', ' ')
                        .lines()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
        }
    }

    @Test
    void noPageEndsWithAHeadingOrAHeaderRowWithoutRows() {
        assertThat(pages).hasSizeGreaterThan(2);
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            String last = lines.get(lines.size() - 1);
            assertThat(last).as("last line of page " + (p + 1))
                    .isNotIn("Danh sách hộ", "Tổng hợp theo xóm", "DANH SÁCH")
                    .doesNotStartWith("STT").doesNotStartWith("Xóm Hộ nghèo");
        }
    }

    @Test
    void theLongTableRepeatsItsHeaderRowOnEveryPage() {
        for (int p = 1; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page " + (p + 1)).anySatisfy(l -> assertThat(l).startsWith("STT Chủ hộ"));
        }
    }

    @Test
    void datesAndAmountsStayOnOneLine() {
        List<String> first = pages.get(0);
        assertThat(String.join("\n", first)).contains("20/12/2024").contains("21/12/2024").contains("27/12/2024");
        assertThat(first).noneMatch(l -> l.endsWith("/") || l.startsWith("/"));
        assertThat(first).anySatisfy(l -> assertThat(l).contains("4 hộ (12 khẩu)"));
        assertThat(first).noneMatch(l -> l.matches(".*\\d+ hộ \\(\\d+$"));
        assertThat(first).noneMatch(l -> l.startsWith("khẩu)"));
    }

    @Test
    void theWholeTextIsStillThere() throws IOException {
        FixtureSite site = FixtureSite.bakedProject();
        try (PDDocument doc = Loader.loadPDF(site.site().resolve("ho-ngheo/2024-chinh-thuc.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Danh sách hộ").contains("Tổng hợp theo xóm");
        }
    }

    @Test
    void everyPostingRecordIsOnePageWithItsSignaturesAndItsInformationCopyNote() throws IOException {
        FixtureSite site = FixtureSite.bakedProject();
        List<java.nio.file.Path> records;
        try (var files = java.nio.file.Files.walk(site.site())) {
            records = files.filter(f -> f.toString().endsWith("-bien-ban-niem-yet.pdf")).sorted().toList();
        }
        assertThat(records).isNotEmpty();
        for (java.nio.file.Path record : records) {
            try (PDDocument doc = Loader.loadPDF(record.toFile())) {
                PDFTextStripper text = new PDFTextStripper();
                assertThat(doc.getNumberOfPages()).as(record.getFileName() + ": a start and an end record at most")
                        .isBetween(1, 2);
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    text.setStartPage(p);
                    text.setEndPage(p);
                    assertThat(text.getText(doc)).as(record.getFileName() + ", page " + p).contains("BIÊN BẢN")
                            .contains("ĐẠI DIỆN UBND XÃ").contains("BẢN IN THÔNG TIN");
                }
            }
        }
    }
}

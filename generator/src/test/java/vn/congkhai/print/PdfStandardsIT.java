package vn.congkhai.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.congkhai.testing.PdfStandards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printouts are archival (PDF/A-2b) and accessible (PDF/UA-1), as veraPDF checks them; and the check itself fails
 * on a plain PDF, so that a green test means something.
 */
class PdfStandardsIT {

    private static final PdfMaker.Info INFO = new PdfMaker.Info("Thông báo lịch tiếp công dân", "UBND xã Lục Ba",
            "Bản in thông tin", LocalDate.of(2024, 6, 28));

    static final String HTML = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thông báo</title>"
            + "<style>body { font-family: \"Liberation Serif\"; } @page { size: A4; margin: 20mm; }</style></head><body>"
            + "<h1>THÔNG BÁO</h1><p>Ủy ban nhân dân xã <strong>Lục Ba</strong> thông báo <em>lịch tiếp công dân</em>.</p>"
            + "<h2>1. Thời gian</h2><ul><li>Thứ Hai hằng tuần</li><li>Thứ Năm hằng tuần</li></ul>"
            + "<table><thead><tr><th>STT</th><th>Ngày</th><th>Người tiếp</th></tr></thead>"
            + "<tbody><tr><td>1</td><td>01/07/2024</td><td>Chủ tịch UBND xã</td></tr>"
            + "<tr><td>2</td><td>04/07/2024</td><td>Phó Chủ tịch UBND xã</td></tr></tbody></table>"
            + "<p>Mã: <code>cong-khai:nhap</code> <span style=\"font-family: Arial\">Arial</span></p><pre>mvnw.cmd package</pre>"
            + "<img src=\"" + QrCode.dataUri("https://lucba.example.vn/") + "\" alt=\"Mã QR\" style=\"width: 30mm\">"
            + "<object type=\"" + QrCode.TYPE + "\" data=\"https://lucba.example.vn/\" alt=\"Mã QR dẫn tới trang\""
            + " style=\"width: 30mm; height: 30mm\"></object>"
            + "</body></html>";

    @Test
    void aPrintoutBreaksNoRuleOfPdfA2bNorOfPdfUa1() {
        byte[] pdf = new PdfMaker().pdf(HTML, INFO);
        assertThat(PdfStandards.failedRules(pdf)).isEmpty();
    }

    @Test
    void theSamePrintoutIsTheSameBytesWithItsDatesFromTheBakeDate() throws IOException {
        byte[] pdf = new PdfMaker().pdf(HTML, INFO);
        assertThat(new PdfMaker().pdf(HTML, INFO)).isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("<xmp:CreateDate>2024-06-28T00:00:00+07:00</xmp:CreateDate>")
                .contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfuaid:part>1</pdfuaid:part>");
    }

    @Test
    void theMarkedContentsPropertyListsAreWrittenInTheirPagesNotAsObjectsOfTheirOwn() throws IOException {
        String bordered = HTML.replace("</style>", " td, th { border: 1pt solid #000; }</style>");
        byte[] pdf = new PdfMaker().pdf(bordered, INFO);
        assertThat(PdfStandards.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary properties = doc.getPage(0).getResources().getCOSObject()
                    .getCOSDictionary(COSName.PROPERTIES);
            assertThat(properties.getValues()).isNotEmpty().allSatisfy(list -> assertThat(list)
                    .isInstanceOf(COSDictionary.class));
            assertThat(properties.getValues()).anySatisfy(list -> assertThat(((COSDictionary) list)
                    .getCOSName(COSName.TYPE)).isEqualTo(COSName.BACKGROUND));
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSDictionary object) {
                    assertThat(object.getCOSName(COSName.TYPE)).isNotEqualTo(COSName.BACKGROUND);
                    assertThat(object.keySet()).isNotEqualTo(java.util.Set.of(COSName.MCID));
                }
            }
        }
    }

    @Test
    void theBenchmarksPlainPrintoutIsNeitherArchivalNorTaggedSoThatItMeasuresWhatTheyCost() throws IOException {
        byte[] plain;
        System.setProperty(PdfMaker.PLAIN_PROPERTY, "true");
        try {
            plain = new PdfMaker().pdf(HTML, INFO);
        } finally {
            System.clearProperty(PdfMaker.PLAIN_PROPERTY);
        }
        assertThat(PdfStandards.failedRules(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B)).isNotEmpty();
        assertThat(PdfStandards.failedRules(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isNotEmpty();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(PdfStandards.failedRules(new PdfMaker().pdf(HTML, INFO))).isEmpty();
    }

    @Test
    void theCheckerFailsAnUntaggedPlainPdfOnBothProfiles() throws IOException {
        byte[] plain;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Thong bao");
                cs.endText();
            }
            doc.save(out);
            plain = out.toByteArray();
        }
        assertThat(PdfStandards.failedRules(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B)).isNotEmpty();
        assertThat(PdfStandards.failedRules(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(PdfStandards.failedRules("không phải PDF".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}

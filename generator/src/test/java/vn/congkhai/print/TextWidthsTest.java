package vn.congkhai.print;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text measured character by character is as wide as openhtmltopdf measures it, to the unit (no PDF laid out). */
class TextWidthsTest {

    @Test
    void wordsAreAsWideAsOpenhtmltopdfMeasuresThem() throws IOException {
        try (PDDocument doc = new PDDocument();
             InputStream ttf = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            TextWidths widths = new TextWidths();
            PdfBoxTextRenderer openhtmltopdf = new PdfBoxTextRenderer();
            for (float size : new float[]{120f, 173.33333f, 240f, 266.66666f}) {
                PdfBoxFSFont fsFont = new PdfBoxFSFont(
                        List.of(new FontDescription(font, IdentValue.NORMAL, 400)), size);
                for (String text : List.of("", "Ủy ban nhân dân xã Lục Ba", "ngày 20/12/2024", "1.250.000 đ,",
                        "Nghị định số 30/2020/NĐ-CP", "QUYẾT ĐỊNH", "—“ngoặc” … ½ € ≤", "https://lucba.example.vn/")) {
                    assertThat(widths.getWidth(null, fsFont, text)).as("%s at %s", text, size)
                            .isEqualTo(openhtmltopdf.getWidth(null, fsFont, text));
                }
            }
        }
    }
}

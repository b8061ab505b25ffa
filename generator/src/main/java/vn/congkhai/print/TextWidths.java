package vn.congkhai.print;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * openhtmltopdf's text measuring with each character's width looked up once per face: PDFBox measures a word by
 * encoding it and decoding each code again, a tenth of a printout's time. The embedded faces have one two-byte code
 * per character (Identity-H), so a word's width is the sum of its characters', added in PDFBox's order: the same
 * number to the last bit. Any other font, or a character the face lacks, is measured by openhtmltopdf.
 */
final class TextWidths extends PdfBoxTextRenderer {

    /** Characters up to here (Latin, Vietnamese) are kept in an array; any other in a map. */
    private static final int ARRAY_LIMIT = 0x2000;
    private static final float MISSING = Float.NEGATIVE_INFINITY;
    /** openhtmltopdf rounds a width down when it is this close above a whole number. */
    private static final float MEASURING_DELTA = 0.01f;

    private final Map<PDFont, Face> faces = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
        PDFont pdFont = firstFont(pdfBoxFont);
        Face face = pdFont == null ? null : faces.computeIfAbsent(pdFont, Face::of);
        String text = string == null ? null : TextRenderer.getEffectivePrintableString(string);
        if (face == null || text == null) {
            return super.getWidth(context, font, string);
        }
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            float w = face.width(character);
            if (w == MISSING) {
                return super.getWidth(context, font, string);
            }
            width += w;
            i += Character.charCount(character);
        }
        float result = width / 1000f * pdfBoxFont.getSize2D();
        return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /** The font openhtmltopdf measures with: the first of the family's that is available. */
    private static PDFont firstFont(PdfBoxFSFont font) {
        if (font.getFontDescriptions() != null) {
            for (FontDescription description : font.getFontDescriptions()) {
                if (description.getFont() != null) {
                    return description.getFont();
                }
            }
        }
        return null;
    }

    /** The widths of one face's characters, in thousandths of the font size, as PDFBox measures them. */
    private static final class Face {

        private final PDFont font;
        private final float[] low = new float[ARRAY_LIMIT];
        private final Map<Integer, Float> high = new HashMap<>();

        private Face(PDFont font) {
            this.font = font;
            Arrays.fill(low, Float.NaN);
        }

        /** A face to measure character by character, or null for a font whose codes are not one per character. */
        static Face of(PDFont font) {
            return font instanceof PDType0Font type0 && type0.getCMap() != null
                    && type0.getCMap().getName() != null && type0.getCMap().getName().startsWith("Identity-")
                    ? new Face(font) : null;
        }

        float width(int character) {
            if (character < ARRAY_LIMIT) {
                float w = low[character];
                if (Float.isNaN(w)) {
                    w = measure(character);
                    low[character] = w;
                }
                return w;
            }
            return high.computeIfAbsent(character, this::measure);
        }

        /** PDFBox's width of one character, or {@link #MISSING} when the face has no glyph for it. */
        private float measure(int character) {
            try {
                return font.getStringWidth(new String(Character.toChars(character)));
            } catch (IllegalArgumentException | IOException e) {
                return MISSING;
            }
        }
    }
}

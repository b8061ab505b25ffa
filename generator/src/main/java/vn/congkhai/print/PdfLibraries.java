package vn.congkhai.print;

import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The PDF libraries' static settings (PDFBox's font mapper, openhtmltopdf's logging to the officers' console), set
 * from the first PDF being made to the end of the last, then put back for the rest of the JVM (Maven's, in preview).
 */
final class PdfLibraries implements AutoCloseable {

    private static FontMapper mapper;
    private static int active;
    private static FontMapper previousMapper;
    private static boolean previousLogging;

    private boolean closed;

    private PdfLibraries() {
    }

    static PdfLibraries enter(byte[] fallbackFont) {
        synchronized (PdfLibraries.class) {
            if (active == 0) {
                if (mapper == null) {
                    mapper = new LiberationFontMapper(fallbackFont);
                }
                previousMapper = FontMappers.instance();
                previousLogging = loggingEnabled();
                FontMappers.set(mapper);
                XRLog.setLoggingEnabled(false);
            }
            active++;
            return new PdfLibraries();
        }
    }

    /** openhtmltopdf's logging switch: unset (reading it fails) until its first message turns it on. */
    static boolean loggingEnabled() {
        try {
            return XRLog.isLoggingEnabled();
        } catch (NullPointerException unset) {
            return true;
        }
    }

    @Override
    public void close() {
        synchronized (PdfLibraries.class) {
            if (!closed) {
                closed = true;
                if (--active == 0) {
                    FontMappers.set(previousMapper);
                    XRLog.setLoggingEnabled(previousLogging);
                }
            }
        }
    }

    /** Liberation Serif for any font not embedded: PDFBox's own mapper scans and caches the machine's fonts. */
    static final class LiberationFontMapper implements FontMapper {

        private final TrueTypeFont font;

        LiberationFontMapper(byte[] ttf) {
            font = PdfMaker.parse(ttf);
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font, true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font, true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            return new CIDFontMapping(null, font, true);
        }
    }
}

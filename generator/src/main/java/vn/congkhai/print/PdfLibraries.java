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
 * The PDF libraries' settings that only exist as statics, set from the start of the first PDF being made to the
 * end of the last, then put back, so that nothing else in the same JVM (the preview runs inside Maven's) finds them
 * changed: PDFBox's font mapper ({@link LiberationFontMapper}), and openhtmltopdf's logging, which would print to
 * the console the officers read and has no switch on the builder.
 */
final class PdfLibraries implements AutoCloseable {

    private static final Object LOCK = new Object();
    private static FontMapper mapper;
    /** PDFs being made. */
    private static int active;
    private static FontMapper previousMapper;
    private static boolean previousLogging;

    private boolean closed;

    private PdfLibraries() {
    }

    /** Puts the generator's settings in place until {@link #close()}. */
    static PdfLibraries enter(byte[] fallbackFont) {
        synchronized (LOCK) {
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
        synchronized (LOCK) {
            if (!closed) {
                closed = true;
                if (--active == 0) {
                    FontMappers.set(previousMapper);
                    XRLog.setLoggingEnabled(previousLogging);
                    previousMapper = null;
                }
            }
        }
    }

    /**
     * Liberation Serif for any font a PDF names without embedding it (the standard 14 of a plain printout). PDFBox's
     * own mapper scans and caches every font of the machine: slow, written to the home folder, machine-dependent.
     */
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

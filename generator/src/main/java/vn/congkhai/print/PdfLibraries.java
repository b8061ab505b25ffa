package vn.congkhai.print;

import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The settings of the PDF libraries that only exist as statics of the libraries, set only while the generator
 * makes a PDF and put back as they were when the last PDF being made is done, so that nothing else running in the
 * same JVM (the preview runs inside Maven's) finds them changed:
 * <ul>
 *   <li>PDFBox's font mapper, which PDFBox asks whenever a document names a font it does not embed
 *   ({@link LiberationFontMapper}: without it PDFBox scans and caches every font installed on the machine). The
 *   printouts are PDF/A and embed every font, so the renderer no longer declares the standard 14 fonts; the mapper
 *   stays so that nothing can make PDFBox scan the machine;</li>
 *   <li>openhtmltopdf's logging, which would otherwise print to the console (officers read the bake's report): the
 *   builder has no switch of its own for it;</li>
 *   <li>which XML document builder factory the JDK makes, unless the JVM was told: the JDK's own. jsoup makes a new
 *   one for every printout's DOM, and without the property each one looks for a provider in every jar of the class
 *   path (measured, with the transformer factory that openhtmltopdf's XMP packet then needed too: a third of the time
 *   of making a printout; {@link ArchivalCatalog} has it write no packet since).</li>
 * </ul>
 * PDFs are made on several threads at once: the settings are in place from the start of the first to the end of
 * the last.
 *
 * <p>Java's image I/O is left alone: merely loading it looks for image plugins in every jar of the class path (a fifth
 * of a second), and the theme's printouts have no image for it to read ({@link QrCodeObjects}).
 */
final class PdfLibraries implements AutoCloseable {

    private static final Object LOCK = new Object();
    private static FontMapper mapper;
    /** PDFs being made. */
    private static int active;
    private static FontMapper previousMapper;
    private static boolean previousLogging;
    /** The XML factory properties this class set (and so clears again). */
    private static final java.util.List<String> xmlSet = new java.util.ArrayList<>();

    static final String DOCUMENT_BUILDER_FACTORY = "javax.xml.parsers.DocumentBuilderFactory";
    /** The JDK's own factory (module java.xml): the one the lookup ends with anyway when no jar provides one. */
    static final java.util.Map<String, String> JDK_XML = java.util.Map.of(
            DOCUMENT_BUILDER_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");

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
                JDK_XML.forEach((property, factory) -> {
                    if (System.getProperty(property) == null) {
                        System.setProperty(property, factory);
                        xmlSet.add(property);
                    }
                });
            }
            active++;
            return new PdfLibraries();
        }
    }

    /**
     * openhtmltopdf's logging switch. It is unset until the library's first message, which turns it on; reading it
     * unset fails, and on is what it then stands for.
     */
    static boolean loggingEnabled() {
        try {
            return XRLog.isLoggingEnabled();
        } catch (NullPointerException unset) {
            return true;
        }
    }

    /** Puts the libraries' settings back once no other PDF is being made. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            if (--active == 0) {
                FontMappers.set(previousMapper);
                XRLog.setLoggingEnabled(previousLogging);
                xmlSet.forEach(System::clearProperty);
                xmlSet.clear();
                previousMapper = null;
            }
        }
    }
}

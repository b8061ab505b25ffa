package vn.congkhai.print;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;

/**
 * The entries of a printout's catalog that PDF/A-2b and PDF/UA-1 require, written by the generator rather than by
 * openhtmltopdf: the content is marked (tagged), its language, the title shown in the viewer's title bar, the sRGB
 * output intent; {@link ArchivalMetadata} writes the XMP packet.
 *
 * <p>A renderer built to claim PDF/A-2b and PDF/UA-1 embeds every font and tags the content. It then writes these
 * entries together with an XMP packet it builds with xmpbox and serialises with an XML transformer, which
 * {@link ArchivalMetadata} replaces anyway: measured, a twelfth of the time of a sample site's printouts, and the
 * first printout loads both libraries. So once a renderer is built (fonts and tagging settled), it is told that it
 * claims neither standard, which it only asks itself when it would write that packet, and the generator writes the
 * entries. openhtmltopdf has no switch for this; the two settings are private fields, found by name (a version of
 * openhtmltopdf without them fails every printout, so the tests say so at once).
 */
final class ArchivalCatalog {

    /** The colour space of the output intent, as openhtmltopdf names it too. */
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private static final Field PDF_A = field("_pdfAConformance");
    private static final Field PDF_UA = field("_pdfUaConformance");

    private ArchivalCatalog() {
    }

    /** The renderer, which leaves the archival entries of the catalog to {@link #write}. */
    static PdfBoxRenderer leftToUs(PdfBoxRenderer renderer) {
        try {
            PDF_A.set(renderer, PdfAConformance.NONE);
            PDF_UA.setBoolean(renderer, false);
            return renderer;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("openhtmltopdf's renderer cannot be told to leave the catalog alone", e);
        }
    }

    /** Writes the entries; {@code language} is the document's (BCP 47, as the HTML names it). */
    static void write(PDDocument doc, String language) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage(language);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ArchivalMetadata.SRGB));
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static Field field(String name) {
        try {
            Field field = PdfBoxRenderer.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("openhtmltopdf's renderer has no " + name
                    + " any more: see " + ArchivalCatalog.class.getName(), e);
        }
    }
}

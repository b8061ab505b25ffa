package vn.congkhai.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * HTML to PDF with openhtmltopdf, with Liberation Serif (metric-compatible with Times New Roman, every Vietnamese
 * glyph) embedded, and reproducible: the dates in the file are the bake date and its ID is a hash of its content,
 * so the same input gives the same bytes. Every printout is archival and accessible: PDF/A-2b with an sRGB output
 * intent, and tagged PDF/UA-1 ({@link ArchivalMetadata} writes what the file says about itself).
 *
 * <p>Offline: the only resources a PDF gets are the embedded fonts and {@code data:} URIs (a commune's template may
 * still give the QR code as one); the theme's QR code is drawn from the page's address ({@link QrCodeObjects}). Any
 * other address in the HTML (an image, a style sheet, a font, an attachment; {@code http:}, {@code file:}, relative
 * or otherwise) is neither requested nor read, so a bake never fetches anything and no local file can end up in a
 * public PDF; the element is left out of the printout.
 *
 * <p>The settings PDFBox and openhtmltopdf keep in statics are changed only while a PDF is being made
 * ({@link PdfLibraries}).
 */
public final class PdfMaker {

    public static final String FONT_FAMILY = "Liberation Serif";

    private static final byte[] REGULAR = font("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = font("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

    private static final QrCodeObjects QR_CODES = new QrCodeObjects();

    /**
     * For the benchmark only: printouts as they were before they were archival and tagged (no PDF/A, no PDF/UA
     * structure, no catalog or XMP entries of theirs), to measure what those cost ({@code bench/run.sh --pdf}). The
     * printout cache keeps such files apart.
     */
    public static final String PLAIN_PROPERTY = "congkhai.benchmark.plainPdf";

    /** Whether this JVM makes plain printouts (benchmark only). */
    public static boolean plain() {
        return Boolean.getBoolean(PLAIN_PROPERTY);
    }

    /** What the PDF says about itself. */
    public record Info(String title, String author, String subject, LocalDate date) {
    }

    /** The four faces, parsed once per thread: parsing a font file costs more than laying out a page. */
    private static final ThreadLocal<TrueTypeFont[]> FACES = ThreadLocal.withInitial(() -> new TrueTypeFont[]{
            parse(REGULAR), parse(BOLD), parse(ITALIC), parse(BOLD_ITALIC)});

    public byte[] pdf(String html, Info info) {
        try (PdfLibraries settings = PdfLibraries.enter(REGULAR)) {
            return make(html, info);
        }
    }

    private byte[] make(String html, Info info) {
        boolean archival = !plain();
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // The only font a PDF/A printout can have is the embedded one: any other family (the browser's monospace
        // for code, a family a commune's style names) would have no font to fall back on.
        parsed.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode("* { font-family: \""
                + FONT_FAMILY + "\" !important; }"));
        if (archival) {
            Accessibility.prepare(parsed);
        }
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        PDDocument target = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withW3cDocument(dom, "about:blank")
                .withProducer("Công khai").usePDDocument(target)
                .useUnicodeLineBreaker(new NumberKeepingBreaker()).useObjectDrawerFactory(QR_CODES)
                // Two independent locks: the access control before and after resolving, and a resolver that
                // resolves nothing else (a resource whose address does not resolve is not loaded).
                .useExternalResourceAccessControl((uri, type) -> inMemory(uri),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> inMemory(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUriResolver((base, uri) -> inMemory(uri) ? uri : null);
        if (archival) {
            // Archival (PDF/A-2b: fonts embedded) and accessible (PDF/UA-1: tagged, so that a screen reader reads
            // headings, tables and their header cells in order); the catalog's entries, the sRGB output intent among
            // them, are the generator's (ArchivalCatalog).
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B).usePdfUaAccessbility(true);
        }
        TrueTypeFont[] faces = FACES.get();
        builder.useFont(face(target, faces[0]), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(face(target, faces[1]), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(face(target, faces[2]), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
        builder.useFont(face(target, faces[3]), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.ITALIC, true);
        PdfBoxRenderer built = builder.buildPdfRenderer();
        try (PdfBoxRenderer renderer = measuringOnce(archival ? ArchivalCatalog.leftToUs(built) : built);
             PDDocument doc = renderer.createPDFKeepOpen()) {
            PDDocumentInformation meta = doc.getDocumentInformation();
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Asia/Ho_Chi_Minh")));
            date.clear();
            date.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
            meta.setCreationDate(date);
            meta.setModificationDate(date);
            meta.setTitle(info.title());
            meta.setAuthor(info.author());
            meta.setSubject(info.subject());
            meta.setProducer("Công khai");
            meta.setCreator("Công khai");
            if (archival) {
                ArchivalCatalog.write(doc, language(parsed));
                ArchivalMetadata.write(doc, info, info.date());
                Accessibility.describeLinks(doc);
                InlinePropertyLists.inline(doc);
            }
            byte[] id = Arrays.copyOf(sha256(html), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A renderer that measures each character of a face once ({@link TextWidths}). */
    private static PdfBoxRenderer measuringOnce(PdfBoxRenderer renderer) {
        renderer.getSharedContext().setTextRenderer(new TextWidths());
        return renderer;
    }

    /** The printout's language, as its HTML names it: Vietnamese unless it says otherwise. */
    private static String language(org.jsoup.nodes.Document html) {
        String lang = html.selectFirst("html") == null ? "" : html.selectFirst("html").attr("lang");
        return lang.isBlank() ? "vi" : lang;
    }

    /** Whether an address is data in the HTML itself ({@code data:}, spelled as openhtmltopdf decodes it). */
    static boolean inMemory(String uri) {
        return uri != null && uri.startsWith("data:");
    }

    /** A face embedded (as a subset) into the document only if the document uses it. */
    private static PDFontSupplier face(PDDocument doc, TrueTypeFont font) {
        return new PDFontSupplier(null) {
            private PDFont loaded;

            @Override
            public PDFont supply() {
                if (loaded == null) {
                    try {
                        loaded = PDType0Font.load(doc, font, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        };
    }

    /**
     * Parses a face with glyph substitution off: the text is in NFC, whose precomposed Vietnamese letters need no
     * substitution, and an official document wants no ligatures; PDFBox's substitution step costs more than the
     * rest of the PDF.
     */
    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfMaker.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is not on the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

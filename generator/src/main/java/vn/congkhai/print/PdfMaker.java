package vn.congkhai.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import vn.congkhai.text.Sha256;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * HTML to a PDF/A-2b, tagged PDF/UA-1 printout in Liberation Serif (every Vietnamese glyph), dated by the bake and
 * identified by a hash of its HTML. Only {@code data:} URIs are loaded, so no local file ends up in a public PDF.
 */
public final class PdfMaker {

    private static final String FONT_FAMILY = "Liberation Serif";
    /** Benchmark only ({@code bench/run.sh --pdf}): printouts neither archival nor tagged, to measure that cost. */
    public static final String PLAIN_PROPERTY = "congkhai.benchmark.plainPdf";

    private static final byte[][] TTF = Stream.of("Regular", "Bold", "Italic", "BoldItalic")
            .map(face -> font("LiberationSerif-" + face + ".ttf")).toArray(byte[][]::new);
    /** The faces, parsed once per thread: parsing a font costs more than laying out a page. */
    private static final ThreadLocal<TrueTypeFont[]> FACES = ThreadLocal.withInitial(
            () -> Arrays.stream(TTF).map(PdfMaker::parse).toArray(TrueTypeFont[]::new));
    /** One per thread: looking an XML factory up searches every jar of the class path. */
    private static final ThreadLocal<W3CDom> DOM = ThreadLocal.withInitial(() -> new W3CDom() {
        {
            factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
        }
    });

    public record Info(String title, String author, String subject, LocalDate date) {
    }

    public static boolean plain() {
        return Boolean.getBoolean(PLAIN_PROPERTY);
    }

    public byte[] pdf(String html, Info info) {
        boolean archival = !plain();
        Document parsed = Jsoup.parse(html);
        // PDF/A has only the embedded font: a family the browser or a commune's style names would have none.
        parsed.head().appendElement("style").appendChild(new DataNode("* { font-family: \"" + FONT_FAMILY
                + "\" !important; }"));
        if (archival) {
            ArchivalPdf.prepare(parsed);
        }
        PDDocument target = new PDDocument();
        DefaultObjectDrawerFactory qrCodes = new DefaultObjectDrawerFactory();
        qrCodes.registerDrawer(QrCode.TYPE, QrCode::draw);
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                .withW3cDocument(dom(parsed), "about:blank").withProducer("Công khai")
                .usePDDocument(target).useUnicodeLineBreaker(new NumberKeepingBreaker())
                .useObjectDrawerFactory(qrCodes).useUriResolver((base, uri) -> inMemory(uri) ? uri : null);
        // Locks of their own besides the resolver: access control before and after an address is resolved.
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> inMemory(uri), when);
        }
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B).usePdfUaAccessbility(true);
        }
        TrueTypeFont[] faces = FACES.get();
        for (int i = 0; i < faces.length; i++) {
            builder.useFont(face(target, faces[i]), FONT_FAMILY, i % 2 == 0 ? 400 : 700,
                    i < 2 ? FontStyle.NORMAL : FontStyle.ITALIC, true);
        }
        try (PdfLibraries settings = PdfLibraries.enter(TTF[0]);
             PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument doc = (archival ? ArchivalPdf.leftToUs(renderer) : renderer).createPDFKeepOpen()) {
            PDDocumentInformation meta = doc.getDocumentInformation();
            Calendar date = GregorianCalendar.from(info.date().atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")));
            meta.setCreationDate(date);
            meta.setModificationDate(date);
            meta.setTitle(info.title());
            meta.setAuthor(info.author());
            meta.setSubject(info.subject());
            meta.setProducer("Công khai");
            meta.setCreator("Công khai");
            if (archival) {
                String lang = parsed.selectFirst("html") == null ? "" : parsed.selectFirst("html").attr("lang");
                ArchivalPdf.write(doc, info, lang.isBlank() ? "vi" : lang);
            }
            byte[] id = Arrays.copyOf(Sha256.digest().digest(html.getBytes(StandardCharsets.UTF_8)), 16);
            doc.getDocument().getTrailer().setItem(COSName.ID,
                    new COSArray(List.of(new COSString(id), new COSString(id))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.w3c.dom.Document dom(Document html) {
        return DOM.get().fromJsoup(html);
    }

    static boolean inMemory(String uri) {
        return uri != null && uri.startsWith("data:");
    }

    /** A face embedded (as a subset) only if the document uses it. */
    private static PDFontSupplier face(PDDocument doc, TrueTypeFont font) {
        return new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    return PDType0Font.load(doc, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Glyph substitution off: NFC Vietnamese needs none, an official document wants no ligatures, and it is slow. */
    static TrueTypeFont parse(byte[] bytes) {
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
            return Objects.requireNonNull(in, name + " (openpdf-fonts-extra)").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

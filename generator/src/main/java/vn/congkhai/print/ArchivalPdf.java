package vn.congkhai.print;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What makes a printout PDF/A-2b and PDF/UA-1 besides openhtmltopdf: its HTML made ready for a screen reader, then
 * the catalog's entries, an XMP packet dated by the bake (openhtmltopdf's is dated by the clock), link descriptions.
 */
final class ArchivalPdf {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchivalPdf() {
    }

    /** Headings that never skip a level, and bullets' dashes as text (a CSS dash is tagged outside its list). */
    static void prepare(Document html) {
        outline(html);
        for (Element item : html.select("ul > li")) {
            item.prependElement("span").addClass("dash").text("- ");
        }
    }

    /** Renumbers headings so that the first is h1 and each is at most one level under the one before it. */
    static void outline(Document html) {
        record Level(int written, int given) {
        }
        Deque<Level> open = new ArrayDeque<>();
        for (Element h : html.select("h1, h2, h3, h4, h5, h6")) {
            int written = h.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek().written() >= written) {
                open.pop();
            }
            int given = open.isEmpty() ? 1 : open.peek().given() + 1;
            open.push(new Level(written, given));
            if (given != written) {
                h.tagName("h" + given);
            }
        }
    }

    /**
     * The renderer, built to claim both standards, told it claims neither, so it leaves the catalog and XMP to us.
     * There is no switch for it: the fields are set by name (a version without them fails every test).
     */
    static PdfBoxRenderer leftToUs(PdfBoxRenderer renderer) {
        try {
            Field pdfA = PdfBoxRenderer.class.getDeclaredField("_pdfAConformance");
            Field pdfUa = PdfBoxRenderer.class.getDeclaredField("_pdfUaConformance");
            pdfA.setAccessible(true);
            pdfUa.setAccessible(true);
            pdfA.set(renderer, PdfAConformance.NONE);
            pdfUa.setBoolean(renderer, false);
            return renderer;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("openhtmltopdf's renderer cannot be told to leave the catalog alone", e);
        }
    }

    /** Writes the archival parts; {@code language} is the document's, as its HTML names it. */
    static void write(PDDocument doc, PdfMaker.Info info, String language) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage(language);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(packet(info).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Liên kết");
                }
            }
            inlinePropertyLists(page);
        }
    }

    /** Marked content's property lists, reached only through the page, written there; layers stay objects. */
    private static void inlinePropertyLists(PDPage page) {
        COSDictionary properties = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSBase list : properties.getValues()) {
            if (list instanceof COSDictionary dict && !COSName.OCG.equals(dict.getCOSName(COSName.TYPE))
                    && !COSName.OCMD.equals(dict.getCOSName(COSName.TYPE))) {
                dict.setDirect(true);
            }
        }
    }

    /** The XMP packet, agreeing with the document information, with the PDF/UA schema PDF/A wants described. */
    static String packet(PdfMaker.Info info) {
        String when = info.date() + "T00:00:00+07:00";
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%4$s</xmp:CreateDate>
                <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                <xmp:MetadataDate>%4$s</xmp:MetadataDate>
                <xmp:CreatorTool>Công khai</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>Công khai</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(info.title()), xml(info.author()), xml(info.subject()), when);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package vn.congkhai.attachment;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a Word file keeps that its page does not show, so that it is not published for anyone to read once
 * downloaded: runs with text formatted hidden ({@code w:vanish}, {@code w:specVanish}) directly, by their character
 * style, by their paragraph's style or by the document's defaults (the nearest setting wins, as in Word); deleted
 * revisions still stored ({@code w:delText}); comments. Read as a stream, within the part size limit.
 */
final class WordConcealment {

    private static final int MAX_STYLE_DEPTH = 20;
    /**
     * Deepest nesting of a body's elements: real documents stay under a hundred (tables in tables, text boxes);
     * POI reads tables recursively, and a table nested 2,000 deep overflows its stack inside a lock of XMLBeans that
     * then stays held, hanging every later read in that JVM (tried).
     */
    static final int MAX_DEPTH = 256;
    private static final String DEFAULTS = "";

    private WordConcealment() {
    }

    /** The kinds of concealed content found, as the officer reads them; empty when none. */
    static List<String> of(ZipFile zip, Map<String, ZipEntry> entries, String body, Map<String, String> overrides)
            throws IOException, XMLStreamException {
        Map<String, Boolean> styles = styles(zip, entries.get("word/styles.xml"));
        int hidden = 0;
        int deleted = 0;
        ZipEntry part = entries.get(body);
        if (part != null) {
            try (InputStream in = new OfficeDocument.Limited(zip.getInputStream(part), OfficeDocument.MAX_ENTRY_BYTES)) {
                XMLStreamReader xml = OfficeDocument.xmlFactory().createXMLStreamReader(in);
                String paragraphStyle = null;
                Run run = null;
                boolean paragraphProperties = false;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                        throw new OfficeDocument.Bomb("nội dung lồng nhau hơn " + MAX_DEPTH + " tầng (bảng trong bảng)");
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && word(xml)) {
                        String name = xml.getLocalName();
                        String val = xml.getAttributeValue(null, "val");
                        switch (name) {
                            case "p" -> paragraphStyle = null;
                            case "pPr" -> paragraphProperties = true;
                            case "pStyle" -> paragraphStyle = paragraphProperties ? val : paragraphStyle;
                            case "r" -> run = new Run();
                            case "rStyle" -> {
                                if (run != null) {
                                    run.style = val;
                                }
                            }
                            case "vanish", "specVanish" -> {
                                if (run != null && !paragraphProperties) {
                                    run.direct = Boolean.TRUE.equals(run.direct) || on(val);
                                }
                            }
                            case "t" -> {
                                if (run != null) {
                                    run.text = true;
                                }
                            }
                            case "delText" -> deleted++;
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && word(xml)) {
                        String name = xml.getLocalName();
                        if (name.equals("pPr")) {
                            paragraphProperties = false;
                        } else if (name.equals("r") && run != null) {
                            hidden += run.text && run.hidden(styles, paragraphStyle) ? 1 : 0;
                            run = null;
                        }
                    }
                }
                xml.close();
            }
        }
        boolean comments = overrides.values().stream().anyMatch(t -> t.endsWith("wordprocessingml.comments+xml"));
        List<String> concealed = new ArrayList<>();
        if (hidden > 0) {
            concealed.add("chữ ẩn (Hidden)");
        }
        if (deleted > 0) {
            concealed.add("chữ đã xoá còn lưu khi theo dõi thay đổi (Track Changes)");
        }
        if (comments) {
            concealed.add("ghi chú (Comment)");
        }
        return List.copyOf(concealed);
    }

    /** A run being read: its own hiding setting (null when it has none), its character style, whether it has text. */
    private static final class Run {
        private Boolean direct;
        private String style;
        private boolean text;

        boolean hidden(Map<String, Boolean> styles, String paragraphStyle) {
            Boolean setting = direct;
            if (setting == null && style != null) {
                setting = styles.get(style);
            }
            if (setting == null && paragraphStyle != null) {
                setting = styles.get(paragraphStyle);
            }
            if (setting == null) {
                setting = styles.get(DEFAULTS);
            }
            return Boolean.TRUE.equals(setting);
        }
    }

    /**
     * Each style's word on hiding, its "based on" chain followed (null where no style in it says anything); the
     * document defaults under the empty id.
     */
    private static Map<String, Boolean> styles(ZipFile zip, ZipEntry part) throws IOException, XMLStreamException {
        Map<String, Boolean> own = new HashMap<>();
        Map<String, String> basedOn = new HashMap<>();
        if (part == null) {
            return own;
        }
        try (InputStream in = new OfficeDocument.Limited(zip.getInputStream(part), OfficeDocument.MAX_ENTRY_BYTES)) {
            XMLStreamReader xml = OfficeDocument.xmlFactory().createXMLStreamReader(in);
            String style = null;
            boolean paragraphProperties = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String val = xml.getAttributeValue(null, "val");
                    switch (xml.getLocalName()) {
                        case "style" -> style = xml.getAttributeValue(null, "styleId");
                        case "rPrDefault" -> style = DEFAULTS;
                        case "pPr" -> paragraphProperties = true;
                        case "basedOn" -> {
                            if (style != null) {
                                basedOn.put(style, val);
                            }
                        }
                        case "vanish", "specVanish" -> {
                            if (style != null && !paragraphProperties) {
                                own.merge(style, on(val), Boolean::logicalOr);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "style", "rPrDefault" -> style = null;
                        case "pPr" -> paragraphProperties = false;
                        default -> {
                        }
                    }
                }
            }
            xml.close();
        }
        Map<String, Boolean> resolved = new HashMap<>(own);
        for (String id : basedOn.keySet()) {
            String at = id;
            for (int depth = 0; at != null && !own.containsKey(at) && depth < MAX_STYLE_DEPTH; depth++) {
                at = basedOn.get(at);
            }
            if (at != null && own.containsKey(at)) {
                resolved.put(id, own.get(at));
            }
        }
        return resolved;
    }

    /** Whether the element is WordprocessingML's (transitional or strict), not DrawingML's or Office Math's. */
    private static boolean word(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return ns != null && (ns.endsWith("/wordprocessingml/2006/main") || ns.endsWith("/wordprocessingml/main"));
    }

    /** A {@code w:val} of an on/off property (StAX matches it by local name): absent means on. */
    private static boolean on(String val) {
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }
}

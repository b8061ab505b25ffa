package vn.congkhai.word;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which runs of a Word body the page does not show, so that they are never imported: runs formatted hidden
 * ({@code w:vanish}, {@code w:specVanish}, {@code w:webHidden}) directly, by their character style, by their
 * paragraph's style or by the document's defaults, the nearest setting winning as in Word; and deleted revisions
 * still stored with Track Changes ({@code w:del}, {@code w:moveFrom}).
 */
final class HiddenRuns {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Set<String> DELETIONS = Set.of("del", "moveFrom");
    /** A style's "based on" chain longer than this is a loop. */
    private static final int MAX_STYLE_DEPTH = 20;
    private static final List<Function<CTRPr, List<CTOnOff>>> HIDING = List.of(CTRPr::getVanishList,
            CTRPr::getSpecVanishList, CTRPr::getWebHiddenList);

    private final XWPFStyles styles;
    private final Boolean byDefault;

    HiddenRuns(XWPFDocument doc) {
        this.styles = doc.getStyles();
        var defaults = styles == null || styles.getCtStyles() == null ? null : styles.getCtStyles().getDocDefaults();
        this.byDefault = defaults != null && defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? setting(defaults.getRPrDefault().getRPr()) : null;
    }

    /** Whether the run is formatted hidden, so that Word leaves it off the page. */
    boolean hidden(XWPFRun run, XWPFParagraph paragraph) {
        CTRPr direct = run.getCTR().getRPr();
        Boolean hidden = direct == null ? null : setting(direct);
        if (hidden == null && direct != null && direct.sizeOfRStyleArray() > 0) {
            hidden = style(direct.getRStyleArray(0).getVal());
        }
        if (hidden == null) {
            hidden = style(paragraph.getStyleID());
        }
        if (hidden == null) {
            hidden = byDefault;
        }
        return Boolean.TRUE.equals(hidden);
    }

    /** Whether the run is a deleted revision (Word shows it only while reviewing changes). */
    static boolean deleted(XWPFRun run) {
        Node parent = run.getCTR().getDomNode().getParentNode();
        return parent != null && W.equals(parent.getNamespaceURI()) && DELETIONS.contains(parent.getLocalName());
    }

    /** How many deleted revisions the paragraph stores, whether or not POI lists their runs. */
    static int deletions(XWPFParagraph paragraph) {
        Element p = (Element) paragraph.getCTP().getDomNode();
        int count = 0;
        for (String name : DELETIONS) {
            NodeList changes = p.getElementsByTagNameNS(W, name);
            for (int i = 0; i < changes.getLength(); i++) {
                count += ((Element) changes.item(i)).getElementsByTagNameNS(W, "delText").getLength() > 0 ? 1 : 0;
            }
        }
        return count;
    }

    private Boolean style(String id) {
        XWPFStyle style = id == null || styles == null ? null : styles.getStyle(id);
        for (int depth = 0; style != null && depth < MAX_STYLE_DEPTH; depth++) {
            CTRPr properties = style.getCTStyle().getRPr();
            Boolean hidden = properties == null ? null : setting(properties);
            if (hidden != null) {
                return hidden;
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return null;
    }

    /** The run properties' own word on hiding: true, false, or null when they say nothing. */
    private static Boolean setting(CTRPr properties) {
        Boolean hidden = null;
        for (Function<CTRPr, List<CTOnOff>> property : HIDING) {
            List<CTOnOff> values = property.apply(properties);
            if (!values.isEmpty()) {
                boolean on = POIXMLUnits.parseOnOff(values.get(0));
                hidden = Boolean.TRUE.equals(hidden) || on;
            }
        }
        return hidden;
    }
}

package vn.congkhai.print;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes the property lists of a tagged printout's marked content inside its pages' resources rather than each as
 * an object of its own.
 *
 * <p>A tagged page marks every run of text (with its marked-content identifier) and every border or background
 * (an artifact) with a small dictionary, which PDFBox names in the page's resources. openhtmltopdf makes a new
 * dictionary each time, and PDFBox writes every dictionary not marked direct as an object of its own, with its
 * entry in the cross-reference stream: in a list of households four objects in five were these dictionaries, and
 * writing them cost more than the rest of the file. A property list is only ever reached through its page's
 * resources (the structure tree refers to marked content by number; layers, which the catalog names too, would not
 * be, and there are none), so the file says the same in fewer bytes.
 */
final class InlinePropertyLists {

    private InlinePropertyLists() {
    }

    /** Marks every page's property lists direct, so that they are written where they are named. */
    static void inline(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (page.getResources() == null) {
                continue;
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSBase list : properties.getValues()) {
                if (list instanceof COSDictionary dict && !optionalContent(dict)) {
                    dict.setDirect(true);
                }
            }
        }
    }

    /** Whether a property list is a layer, which the catalog names too: it stays an object of its own. */
    private static boolean optionalContent(COSDictionary list) {
        COSName type = list.getCOSName(COSName.TYPE);
        return COSName.OCG.equals(type) || COSName.OCMD.equals(type);
    }
}

package vn.congkhai.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a tagged printout (PDF/UA-1) needs beyond what openhtmltopdf tags by itself:
 * <ul>
 *   <li>headings in an outline a screen reader can follow: the first is level 1 (the document's title) and none
 *   skips a level, whatever levels an officer's Markdown used ({@code ###} right under the title becomes level 2);
 *   </li>
 *   <li>the dash of each item of a bulleted list (Decree 30 style) as text in the item, since a dash generated
 *   by CSS ({@code li:before}) would be tagged outside its list;</li>
 *   <li>a description on every link (its address), which screen readers announce.</li>
 * </ul>
 */
final class Accessibility {

    private Accessibility() {
    }

    /** Prepares the printout's HTML before it is laid out. */
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

    /** Gives every link without a description its address as one. */
    static void describeLinks(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Liên kết");
                }
            }
        }
    }
}

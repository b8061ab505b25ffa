package vn.congkhai.print;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The HTML of a tagged printout (PDF/UA-1), made ready for a screen reader before it is laid out: headings that
 * never skip a level, and each bulleted item's dash as text, since a dash made by CSS would be tagged outside its
 * list. {@link ArchivalPdf} describes the links.
 */
final class Accessibility {

    private Accessibility() {
    }

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
}

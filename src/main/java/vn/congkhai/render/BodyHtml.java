package vn.congkhai.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rendered Markdown made fit for the site: tables scroll inside their own region on a phone instead of widening the
 * page, and column alignment becomes a class (HTML5 no longer has the {@code align} attribute).
 */
public final class BodyHtml {

    private BodyHtml() {
    }

    public static String clean(String html) {
        if (!html.contains("<table")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element cell : doc.select("td[align], th[align]")) {
            cell.addClass("align-" + cell.attr("align").toLowerCase(java.util.Locale.ROOT));
            cell.removeAttr("align");
        }
        for (Element table : doc.select("table")) {
            if (!table.parent().hasClass("table-wrap")) {
                table.wrap("<div class=\"table-wrap\" role=\"region\" aria-label=\"Bảng\" tabindex=\"0\"></div>");
            }
        }
        return doc.body().html();
    }
}

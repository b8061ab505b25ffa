package vn.congkhai.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rendered Markdown made fit for the site: tables scroll inside their own region on a phone instead of widening the
 * page, and column alignment becomes a class (HTML5 no longer has the {@code align} attribute). It is also the second
 * fence after validation: whatever the Markdown was, no script, frame, form or event handler and no link or image
 * address with a scheme other than http, https, mailto and tel leaves this class.
 */
public final class BodyHtml {

    private BodyHtml() {
    }

    private static final java.util.regex.Pattern SUSPECT = java.util.regex.Pattern.compile(
            "(?i)<(script|style|iframe|frame|object|embed|form|input|button|textarea|select|link|meta|base|svg|math"
                    + "|template)|\\son[a-z]+\\s*=|(href|src|action|formaction|xlink:href|srcset|poster|background)\\s*=");
    private static final java.util.regex.Pattern SAFE_URL = java.util.regex.Pattern.compile(
            "(?i)(https?:|mailto:|tel:|[^:]*$|[^:]*[/?#]).*", java.util.regex.Pattern.DOTALL);

    public static String clean(String html) {
        boolean hasTable = html.contains("<table");
        if (!hasTable && !SUSPECT.matcher(html).find()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        fence(doc);
        if (!hasTable) {
            return doc.body().html();
        }
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

    /** Removes what can run code or reach out: dangerous elements, event handlers, unsafe addresses. */
    private static void fence(Document doc) {
        doc.select("script, style, iframe, frame, frameset, object, embed, form, input, button, textarea, select, "
                + "link, meta, base, svg, math, template, noscript").remove();
        for (Element e : doc.body().getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes().asList()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().replaceAll("[\\x00-\\x20\\x7F]+", "");
                boolean address = name.equals("href") || name.equals("src") || name.endsWith(":href")
                        || name.equals("action") || name.equals("formaction") || name.equals("srcset")
                        || name.equals("poster") || name.equals("background") || name.equals("cite");
                if (name.startsWith("on") || name.equals("style") || (address && !SAFE_URL.matcher(value).matches())) {
                    e.removeAttr(a.getKey());
                }
            }
        }
    }
}

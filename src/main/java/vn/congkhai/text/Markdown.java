package vn.congkhai.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Markdown to HTML for texts JBake does not crawl itself (a plan's full text), with the same flexmark options
 * JBake's MarkdownEngine uses for the site ({@code markdown.extensions}). Raw HTML in officers' text is suppressed.
 */
public final class Markdown {

    /** The pegdown extensions of the site; keep in step with {@code markdown.extensions} in jbake.properties. */
    public static final int EXTENSIONS = PegdownExtensions.TABLES | PegdownExtensions.AUTOLINKS
            | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.DEFINITIONS | PegdownExtensions.STRIKETHROUGH
            | PegdownExtensions.SUPPRESS_ALL_HTML;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(EXTENSIONS);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        return BodyHtml.clean(renderer.render(parser.parse(markdown)));
    }

    /**
     * Renders a text that sits under a heading of the page, moving its headings down {@code levels} levels
     * ({@code ## I.} becomes {@code <h3>} under a page's {@code <h2>}) so the page's outline stays in order.
     */
    public String toHtml(String markdown, int levels) {
        return HEADING.matcher(toHtml(markdown)).replaceAll(m ->
                "<" + m.group(1) + "h" + Math.min(6, Integer.parseInt(m.group(2)) + levels));
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("<(/?)h([1-6])");
}

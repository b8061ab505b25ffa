package vn.congkhai.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's Markdown dialect (the flexmark options JBake's MarkdownEngine gets, {@code markdown.extensions}), with
 * raw HTML in officers' text suppressed, for one bake: a text is parsed once however many stages read it. Validation
 * walks the tree of a text that will be published ({@link #parseToRender}), which is kept until the page's HTML is
 * made from it; the HTML of a text is made once and kept (pages, printouts and the search index share it).
 */
public final class Markdown {

    /** The pegdown extensions of the site; keep in step with {@code markdown.extensions} in jbake.properties. */
    public static final int EXTENSIONS = PegdownExtensions.TABLES | PegdownExtensions.AUTOLINKS
            | PegdownExtensions.FENCED_CODE_BLOCKS | PegdownExtensions.DEFINITIONS | PegdownExtensions.STRIKETHROUGH
            | PegdownExtensions.SUPPRESS_ALL_HTML;

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Trees of texts that will be made into HTML, until they are. */
    private final Map<String, Node> trees = new ConcurrentHashMap<>();
    /** The HTML of each text made so far. */
    private final Map<String, String> html = new ConcurrentHashMap<>();

    public Markdown() {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(EXTENSIONS);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The tree of a text that is not made into HTML this bake (a draft's): nothing is kept. */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The tree of a text that {@link #toHtml} will make into HTML this bake: kept until then. */
    public Node parseToRender(String markdown) {
        String made = html.get(markdown);
        return made != null ? parser.parse(markdown) : trees.computeIfAbsent(markdown, parser::parse);
    }

    public String toHtml(String markdown) {
        return html.computeIfAbsent(markdown, text -> {
            Node tree = trees.remove(text);
            return BodyHtml.clean(renderer.render(tree != null ? tree : parser.parse(text)));
        });
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

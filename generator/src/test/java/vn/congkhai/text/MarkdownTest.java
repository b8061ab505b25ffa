package vn.congkhai.text;

import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text is parsed once per bake: the tree validation walks is the one the page's HTML is made from. */
class MarkdownTest {

    private static final String TEXT = "# Thông báo\n\nXem [danh sách](../ho-ngheo/2024.html) và ![ảnh](anh.jpg).\n";

    @Test
    void theTreeOfATextToRenderIsKeptUntilItsHtmlIsMade() {
        Markdown markdown = new Markdown();
        Node tree = markdown.parseToRender(TEXT);
        assertThat(markdown.parseToRender(TEXT)).isSameAs(tree);
        String html = markdown.toHtml(TEXT);
        assertThat(html).isEqualTo(new Markdown().toHtml(TEXT));
        assertThat(markdown.toHtml(TEXT)).isSameAs(html);
        assertThat(markdown.parseToRender(TEXT)).isNotSameAs(tree);
    }

    @Test
    void theTreeOfATextNotRenderedIsNotKept() {
        Markdown markdown = new Markdown();
        Node tree = markdown.parse(TEXT);
        assertThat(markdown.parse(TEXT)).isNotSameAs(tree);
        assertThat(markdown.parseToRender(TEXT)).isNotSameAs(tree);
    }

    @Test
    void headingsMoveUnderThePagesOwn() {
        assertThat(new Markdown().toHtml("## I. Mục tiêu\n", 1)).startsWith("<h3>").contains("</h3>");
    }
}

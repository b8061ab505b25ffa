package vn.congkhai.editor;

import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A page of the editor: Vietnamese, readable on a phone, no script, its style from the editor itself. Built as a
 * document tree, so every text and value is escaped where it is written out.
 */
final class EditorPage {

    private final Document document = Document.createShell("");
    private final Element main;

    EditorPage(String title) {
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.selectFirst("html").attr("lang", "vi");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", EditorServlet.HOME + "soan.css");
        Element header = document.body().appendElement("header");
        header.appendElement("a").attr("href", "#noi-dung-chinh").addClass("bo-qua").text("Bỏ qua, đến nội dung");
        Element nav = header.appendElement("nav").attr("aria-label", "Trình soạn thảo");
        nav.appendElement("a").attr("href", EditorServlet.HOME).text("Soạn thảo");
        nav.appendElement("a").attr("href", "/").text("Xem trang công khai (bản xem trước)");
        main = document.body().appendElement("main").attr("id", "noi-dung-chinh");
    }

    /**
     * Adds the editor's script: it only helps (pasting rows from a spreadsheet, days left as a date changes); every
     * page works without it. A file of the editor's own, as the page's policy allows no script written in the page.
     */
    EditorPage withScript() {
        document.head().appendElement("script").attr("src", EditorServlet.HOME + "soan.js").attr("defer", "defer");
        return this;
    }

    /** Reloads the page every {@code seconds} seconds, without script. */
    void refreshEvery(int seconds) {
        document.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", String.valueOf(seconds));
    }

    Element main() {
        return main;
    }

    void send(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        byte[] html = ("<!DOCTYPE html>\n" + document.selectFirst("html").outerHtml() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}

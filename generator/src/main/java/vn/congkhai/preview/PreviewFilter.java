package vn.congkhai.preview;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The preview behind {@code mvn jetty:run}: before each request, re-bakes the site if a source file changed, so an
 * officer sees an edit by reloading the page, and the page reloads itself ({@link LiveReload}); while the content has
 * mistakes, every page shows them instead.
 */
public final class PreviewFilter implements Filter {

    /** System property naming the commune's folder; the commune parent POM sets it for Jetty. */
    public static final String SOURCE_PROPERTY = "congkhai.source";
    /**
     * System property naming the site folder the preview bakes into, which Jetty serves; the commune parent POM sets
     * it from the same property ({@code cong-khai.xem-truoc.thu-muc}) as the folder Jetty serves. Relative to the
     * project folder; {@value #DEFAULT_SITE} when unset. Not the folder {@code mvn package} bakes and
     * {@code cong-khai:dang} publishes: the preview's shows the drafts.
     */
    public static final String SITE_PROPERTY = "congkhai.site";
    public static final String DEFAULT_SITE = "target/xem-truoc/site";

    /** The editor's pages (its servlet, in web.xml), served beside the preview without a bake. */
    private static final String EDITOR = "/soan/";

    private Preview preview;

    @Override
    public void init(FilterConfig config) {
        Path project = Path.of(System.getProperty(SOURCE_PROPERTY, ".")).toAbsolutePath().normalize();
        preview = new Preview(project, siteDir(project));
        preview.refresh();
    }

    /** The folder the preview bakes into. */
    static Path siteDir(Path project) {
        return project.resolve(System.getProperty(SITE_PROPERTY, DEFAULT_SITE)).toAbsolutePath().normalize();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest asked = (HttpServletRequest) request;
        HttpServletResponse http = (HttpServletResponse) response;
        String path = asked.getRequestURI();
        if (path.startsWith(EDITOR)) { // the editor checks and shows the content itself, without a bake
            chain.doFilter(request, response);
            return;
        }
        if (path.equals(LiveReload.SCRIPT)) {
            send(http, HttpServletResponse.SC_OK, "text/javascript;charset=UTF-8", LiveReload.script());
            return;
        }
        if (path.equals(LiveReload.BAKES)) {
            send(http, HttpServletResponse.SC_OK, "text/plain;charset=UTF-8",
                    Integer.toString(bakeAfter(LiveReload.asked(asked.getParameter("sau")))));
            return;
        }
        Optional<String> failure = preview.refresh();
        int bakes = preview.bakes();
        if (failure.isPresent()) {
            send(http, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "text/html;charset=UTF-8",
                    LiveReload.into(ErrorPage.html(failure.get()), bakes));
            return;
        }
        if (!path.endsWith("/") && !path.endsWith(".html")) {
            chain.doFilter(request, response);
            return;
        }
        CapturedPage page = new CapturedPage(http);
        chain.doFilter(CapturedPage.unconditional(asked), page);
        if (page.html()) {
            send(http, page.getStatus(), page.getContentType(), LiveReload.into(page.text(), bakes));
        } else {
            byte[] bytes = page.bytes();
            http.setContentLength(bytes.length);
            http.getOutputStream().write(bytes);
        }
    }

    /**
     * The number of the last bake once it is past {@code asked}: waits for the next bake (re-baking as soon as a
     * source changes) up to {@link LiveReload#WAIT_MILLIS}, then answers the number as it is.
     */
    private int bakeAfter(int asked) {
        long until = System.nanoTime() + LiveReload.WAIT_MILLIS * 1_000_000;
        while (true) {
            preview.refresh();
            int bakes = preview.bakes();
            if (bakes != asked || System.nanoTime() > until) {
                return bakes;
            }
            try {
                Thread.sleep(preview.watching() ? 200 : 1000); // without file events, each look reads every source
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return bakes;
            }
        }
    }

    /** Sends {@code text} as the whole answer, never to be kept by the browser. */
    private static void send(HttpServletResponse http, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        http.setStatus(status);
        http.setContentType(type);
        http.setHeader("Cache-Control", "no-store");
        http.setContentLength(bytes.length);
        http.getOutputStream().write(bytes);
    }

    /** The web application stops (or is redeployed): the file watching stops with it. */
    @Override
    public void destroy() {
        if (preview != null) {
            preview.close();
        }
    }
}

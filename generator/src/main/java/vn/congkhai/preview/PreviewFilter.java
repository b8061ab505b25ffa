package vn.congkhai.preview;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The preview behind {@code mvn jetty:run}: before each request, re-bakes the site if a source file changed, so an
 * officer sees an edit by reloading the page; while the content has mistakes, every page shows them instead.
 */
public final class PreviewFilter implements Filter {

    /** System property naming the commune's folder; the commune parent POM sets it for Jetty. */
    public static final String SOURCE_PROPERTY = "congkhai.source";
    /**
     * System property naming the site folder the preview bakes into, which Jetty serves; the commune parent POM sets
     * it from the same property ({@code cong-khai.site}) as the folder Jetty serves and the one {@code mvn package}
     * bakes. Relative to the project folder; {@value #DEFAULT_SITE} when unset.
     */
    public static final String SITE_PROPERTY = "congkhai.site";
    public static final String DEFAULT_SITE = "target/site";

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
        Optional<String> failure = preview.refresh();
        if (failure.isPresent()) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            http.setContentType("text/html;charset=UTF-8");
            http.setHeader("Cache-Control", "no-store");
            http.getWriter().write(ErrorPage.html(failure.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The web application stops (or is redeployed): the file watching stops with it. */
    @Override
    public void destroy() {
        if (preview != null) {
            preview.close();
        }
    }
}

package vn.congkhai.browser;

import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real project (content, templates, assets, jbake.properties) baked once per test class by the real pipeline
 * and served by a real Jetty 12 on a free port, as any static web server would serve {@code target/site}.
 *
 * <pre>
 * &#64;RegisterExtension static final ServedSite SITE = new ServedSite();
 * … driver.get(SITE.url("thong-bao/index.html"));
 * </pre>
 */
public final class ServedSite implements BeforeAllCallback, AfterAllCallback {

    private FixtureSite project;
    private Server server;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        project = FixtureSite.bakedProject();
        server = serve(project.site());
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            server = null;
        }
    }

    /** A Jetty 12 serving {@code root} as static files: index.html as welcome file, text types in UTF-8. */
    static Server serve(Path root) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        MimeTypes.Mutable types = new MimeTypes.Mutable();
        types.addMimeMapping("html", "text/html;charset=utf-8");
        types.addMimeMapping("css", "text/css;charset=utf-8");
        types.addMimeMapping("js", "text/javascript;charset=utf-8");
        types.addMimeMapping("json", "application/json;charset=utf-8");
        types.addMimeMapping("jsonld", "application/ld+json;charset=utf-8");
        types.addMimeMapping("csv", "text/csv;charset=utf-8");
        types.addMimeMapping("txt", "text/plain;charset=utf-8");
        types.addMimeMapping("xml", "application/xml;charset=utf-8");
        types.addMimeMapping("svg", "image/svg+xml");
        types.addMimeMapping("pdf", "application/pdf");
        ResourceHandler files = new ResourceHandler();
        files.setBaseResourceAsString(root.toAbsolutePath().toString());
        files.setWelcomeFiles("index.html");
        files.setDirAllowed(false);
        files.setMimeTypes(types);
        server.setHandler(files);
        server.start();
        return server;
    }

    /** The address of a page of the served site, e.g. {@code url("thong-bao/index.html")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The baked site folder. */
    public Path site() {
        return project.site();
    }

    public boolean exists(String path) {
        String file = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return Files.isRegularFile(site().resolve(file));
    }

    /** Every page type of this site ({@link PageType#all}). */
    public List<PageType> pageTypes() {
        return PageType.all(site());
    }
}

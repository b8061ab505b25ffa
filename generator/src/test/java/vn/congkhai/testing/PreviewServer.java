package vn.congkhai.testing;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import vn.congkhai.preview.PreviewFilter;

import java.nio.file.Files;
import java.nio.file.Path;

/** The preview as {@code mvn jetty:run} runs it, for tests: real Jetty with the preview's {@code web.xml}. */
public final class PreviewServer implements AutoCloseable {

    private final Server server;

    private PreviewServer(Server server) {
        this.server = server;
    }

    /**
     * Serves the preview of {@code site}'s project on a free port (the first request bakes it), baked into and served
     * from {@code site.site()}, as the commune parent POM names one folder for both.
     */
    public static PreviewServer start(FixtureSite site) throws Exception {
        System.setProperty(PreviewFilter.SOURCE_PROPERTY, site.dir().toString());
        System.setProperty(PreviewFilter.SITE_PROPERTY, site.site().toString());
        Files.createDirectories(site.site());
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1"); // as mvn jetty:run: this computer only
        server.addConnector(connector);
        WebAppContext app = new WebAppContext();
        app.setContextPath("/");
        app.setBaseResourceAsString(site.site().toString());
        app.setOverrideDescriptor(PreviewFilter.class.getResource("web.xml").toString()); // in the generator's jar
        app.setParentLoaderPriority(true);
        server.setHandler(app);
        server.start();
        return new PreviewServer(server);
    }

    /** The address of {@code path} (starting with {@code /}) on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        System.clearProperty(PreviewFilter.SOURCE_PROPERTY);
        System.clearProperty(PreviewFilter.SITE_PROPERTY);
    }
}

package vn.congkhai.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Maven repository served as plain static files over HTTP on loopback, as a province serves one from the server
 * of its communes' sites: GET and HEAD of files, 404 for anything else. Paths under {@code hidden} answer 404 too,
 * so that a folder holding more (the developer's own local repository) can stand in for Maven Central without
 * lending its copies of the product.
 */
final class StaticRepository implements AutoCloseable {

    private final Path root;
    private final String hidden;
    private final String fallback;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    StaticRepository(Path root) throws IOException {
        this(root, null, null);
    }

    /** Files missing from {@code root} (but not hidden) are redirected to {@code fallback}, a real repository. */
    StaticRepository(Path root, String hidden, String fallback) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.hidden = hidden;
        this.fallback = fallback;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
            Path file = root.resolve(path).normalize();
            boolean readable = file.startsWith(root) && Files.isRegularFile(file)
                    && (hidden == null || !path.startsWith(hidden));
            String method = exchange.getRequestMethod();
            boolean shown = hidden == null || !path.startsWith(hidden);
            if (!readable && shown && fallback != null && file.startsWith(root)) {
                exchange.getResponseHeaders().add("Location", fallback + path);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (!readable || !(method.equals("GET") || method.equals("HEAD"))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long size = Files.size(file);
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : size);
            if (method.equals("GET")) {
                try (OutputStream body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

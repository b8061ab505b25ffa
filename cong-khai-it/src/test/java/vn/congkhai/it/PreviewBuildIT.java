package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn jetty:run} as an officer starts it on a new commune: the preview shows drafts and the error page (which
 * may quote what the personal-data guard refuses), so it listens on this computer only, 127.0.0.1, and nobody else on
 * the office network reads it.
 */
class PreviewBuildIT {

    private static final long START_MILLIS = 5 * 60_000;

    @TempDir
    Path tmp;

    @Test
    void thePreviewListensOnThisComputerOnly() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        int port = freePort();
        Path log = tmp.resolve("jetty-run.log");
        Process mvn = Mvn.start(Path.of(System.getProperty("congkhai.it.repo")), Mvn.settings(), commune, log, "-B",
                "jetty:run", "-Djetty.http.port=" + port);
        try {
            String home = awaitHomePage(port, mvn, log);

            assertThat(home).contains("Phú Thịnh");
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).containsPattern(
                    "ServerConnector@\\w+\\{HTTP/1\\.1, \\(http/1\\.1\\)\\}\\{127\\.0\\.0\\.1:" + port + "}");
            if (Files.isReadable(Path.of("/proc/net/tcp"))) { // Linux: what the system says is listening on the port
                assertThat(listening(port)).isNotEmpty().allMatch(a -> a.equals("127.0.0.1"));
            }
        } finally {
            Mvn.stop(mvn);
        }
    }

    /**
     * {@code soan-thao.sh}, as an officer double-clicks it: it starts the preview and, once the editor answers, opens
     * the browser at the editor (here a stand-in browser that notes the address it was given).
     */
    @Test
    void theLauncherStartsThePreviewAndOpensTheEditorOnceItAnswers() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        assertThat(Files.isExecutable(commune.resolve("soan-thao.sh"))).isTrue();
        assertThat(Files.readString(commune.resolve("soan-thao.cmd"))).contains("\r\n", "mvnw.cmd -q jetty:run %*",
                "http://localhost:8080/soan/");
        int port = freePort();
        Path opened = tmp.resolve("trinh-duyet-da-mo.txt");
        Path browser = tmp.resolve("trinh-duyet.sh");
        Files.writeString(browser, "#!/bin/sh\nprintf '%s' \"$1\" > '" + opened + "'\n");
        browser.toFile().setExecutable(true);
        Path log = tmp.resolve("soan-thao.log");
        ProcessBuilder launcher = new ProcessBuilder("sh", "soan-thao.sh",
                "-Dmaven.repo.local=" + System.getProperty("congkhai.it.repo"), "-s", Mvn.settings().toString(),
                "-B", "-Djetty.http.port=" + port).directory(commune.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        launcher.environment().remove("MAVEN_ARGS");
        launcher.environment().put("CONG_KHAI_TRINH_DUYET", browser.toString());
        Process started = launcher.start();
        try {
            long deadline = System.currentTimeMillis() + START_MILLIS;
            while (!Files.exists(opened) && System.currentTimeMillis() < deadline && started.isAlive()) {
                Thread.sleep(500);
            }
            assertThat(opened).as(Files.readString(log, StandardCharsets.UTF_8)).exists();
            String address = Files.readString(opened);
            assertThat(address).isEqualTo("http://localhost:" + port + "/soan/");
            HttpURLConnection c = (HttpURLConnection) URI.create(address).toURL().openConnection();
            c.setConnectTimeout(5000);
            c.setReadTimeout(120_000);
            try (InputStream in = c.getInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("<h1>Soạn thảo nội dung công khai</h1>", "Tạo mới: Thông báo");
            }
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("Đang mở trình soạn thảo tại " + address);
        } finally {
            Mvn.stop(started);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The home page, once the preview serves it (its first request bakes the site); bounded. */
    private static String awaitHomePage(int port, Process mvn, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!mvn.isAlive()) {
                throw new AssertionError("mvn jetty:run stopped: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL()
                        .openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(120_000);
                if (c.getResponseCode() == 200) {
                    try (InputStream in = c.getInputStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("mvn jetty:run did not serve the home page in 5 minutes: "
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The local addresses of the sockets listening on {@code port}, as /proc/net/tcp and tcp6 list them. */
    private static List<String> listening(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : new String[]{"/proc/net/tcp", "/proc/net/tcp6"}) {
            if (!Files.isReadable(Path.of(table))) {
                continue;
            }
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.strip().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) { // 0A: LISTEN
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** An address as /proc writes it (the bytes of each 32-bit word in little-endian order) in its usual form. */
    private static String address(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2,
                        word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
    }
}

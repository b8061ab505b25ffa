package vn.congkhai.bench;

import vn.congkhai.bake.Bakery;
import vn.congkhai.print.Printouts;
import vn.congkhai.publish.Login;
import vn.congkhai.publish.Publish;
import vn.congkhai.publish.PublishResult;
import vn.congkhai.publish.SftpTarget;
import vn.congkhai.testing.SftpTestServer;
import vn.congkhai.text.VietnameseFormat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh --publish N}: a synthetic commune of N disclosures baked (pages, no printouts), published to a
 * real SFTP server on loopback, then one disclosure edited, re-baked and published again: files and bytes sent each
 * time, and the time the publish took.
 */
public final class PublishBench {

    private PublishBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        System.setProperty(Printouts.SKIP_PROPERTY, "true");
        Path commune = SyntheticCommune.generate(Files.createDirectories(work.resolve("xa")), n);
        Path site = commune.resolve("target/site");
        new Bakery(commune, site).bake();
        try (SftpTestServer server = SftpTestServer.start(work.resolve("may-chu"))) {
            Path knownHosts = server.knownHosts(work.resolve("known_hosts"));
            ZonedDateTime now = ZonedDateTime.of(2025, 12, 31, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
            List<String> lines = new ArrayList<>();
            Publish.Request first = new Publish.Request(commune, site, SftpTarget.parse(server.address("xa")),
                    "https://phuthinh.example.vn", Login.password(SftpTestServer.USER, SftpTestServer.PASSWORD),
                    knownHosts, Publish.KEEP, true, now);
            report("first publish", n, timed(first, lines));

            Path notice = Files.walk(commune.resolve("content/thong-bao")).filter(p -> p.toString().endsWith(".md"))
                    .sorted().findFirst().orElseThrow();
            Files.writeString(notice, Files.readString(notice, StandardCharsets.UTF_8)
                    + "\nBổ sung: thời gian họp đổi sang 8 giờ sáng.\n", StandardCharsets.UTF_8);
            new Bakery(commune, site).bake();
            Publish.Request second = new Publish.Request(first.project(), site, first.target(),
                    first.declaredAddress(), first.login(), knownHosts, Publish.KEEP, true, now.plusMinutes(10));
            report("one-file edit", n, timed(second, lines));
        }
    }

    private record Timed(PublishResult result, long millis) {
    }

    private static Timed timed(Publish.Request request, List<String> lines) throws Exception {
        long start = System.nanoTime();
        PublishResult result = Publish.site(request, lines::add);
        return new Timed(result, (System.nanoTime() - start) / 1_000_000);
    }

    private static void report(String label, int n, Timed t) {
        System.out.printf("publish %-14s N=%d: %6d files sent, %10s (%d bytes), %6d reused on the server, %6.2f s%n",
                label, n, t.result().filesSent(), VietnameseFormat.bytes(t.result().bytesSent()),
                t.result().bytesSent(), t.result().filesReused(), t.millis() / 1000.0);
    }
}

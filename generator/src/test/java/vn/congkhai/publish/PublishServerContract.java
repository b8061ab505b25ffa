package vn.congkhai.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.PublishServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What publishing must do against any real SFTP server ({@link PublishServer}): the first release live behind the
 * {@code current} link, byte for byte; an edit sending only what changed; an upload cut off half way leaving the live
 * site exactly as it was; rollback; a host whose key changed refused with the officer's message.
 */
abstract class PublishServerContract {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The fixture's ngay_bake is 2024-06-30: publishing on that day is publishing today. */
    static final ZonedDateTime BAKE_DAY = ZonedDateTime.of(2024, 6, 30, 10, 15, 0, 0, VIETNAM);
    static final String ADDRESS = "https://phuthinh.example.vn";

    @TempDir
    Path tmp;

    PublishServer server;
    FixtureSite site;
    Path knownHosts;
    final List<String> lines = new ArrayList<>();

    /** The server under test, started, serving a folder under {@code dir}. */
    abstract PublishServer start(Path dir);

    @BeforeEach
    void bakeAndStartServer() throws Exception {
        site = FixtureSite.of("basic", tmp);
        site.bake();
        server = start(tmp.resolve("server"));
        knownHosts = server.knownHosts(tmp.resolve("known_hosts"));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    Path served() {
        return server.root().resolve("xa/current");
    }

    /** The files the web server serves: under {@code current}, followed. */
    Map<String, String> servedFiles() throws java.io.IOException {
        return FixtureSite.hashes(served().toRealPath());
    }

    Publish.Request request(ZonedDateTime now) throws PublishException {
        return request(now, ADDRESS, server.login(tmp.resolve("ssh")), false);
    }

    Publish.Request request(ZonedDateTime now, String declaredAddress, Login login, boolean allowFixedDate)
            throws PublishException {
        return new Publish.Request(site.dir(), site.site(), SftpTarget.parse(server.address("xa")), declaredAddress,
                login, knownHosts, Publish.KEEP, allowFixedDate, now);
    }

    PublishResult publish(ZonedDateTime now) throws PublishException {
        return Publish.site(request(now), lines::add);
    }

    @Test
    void theFirstPublishPutsTheBakedSiteLiveAsAReleaseBehindTheCurrentLink() throws Exception {
        PublishResult result = publish(BAKE_DAY);

        assertThat(result.release()).isEqualTo("20240630-101500-" + result.release().substring(16));
        assertThat(result.previous()).isNull();
        assertThat(result.filesSent()).isEqualTo(site.siteHashes().size());
        assertThat(Files.readSymbolicLink(served()).toString()).isEqualTo("releases/" + result.release());
        assertThat(servedFiles()).isEqualTo(site.siteHashes());
        assertThat(server.root().resolve("xa/releases/" + result.release() + ".json")).isRegularFile();
        assertThat(lines).last().asString().doesNotContain("quay-lai");
    }

    @Test
    void anEditSendsOnlyTheFilesWhoseContentChangedAndLinksTheRestOnTheServer() throws Exception {
        PublishResult first = publish(BAKE_DAY);
        Map<String, String> before = site.siteHashes();
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
        site.bake();
        Map<String, String> after = site.siteHashes();
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        server.resetCount();

        PublishResult second = publish(BAKE_DAY.plusMinutes(5));

        assertThat(second.previous()).isEqualTo(first.release());
        assertThat(second.filesSent()).isEqualTo(changed.size()).isEqualTo(server.filesWritten() - 1); // + manifest
        assertThat(second.filesSent()).isBetween(1, after.size() / 3);
        assertThat(second.filesReused()).isEqualTo(after.size() - changed.size());
        assertThat(servedFiles()).isEqualTo(after);
        Path oldRelease = server.root().resolve("xa/releases/" + first.release());
        Path newRelease = server.root().resolve("xa/releases/" + second.release());
        String unchanged = after.keySet().stream().filter(p -> !changed.contains(p)).findFirst().orElseThrow();
        assertThat(Files.isSameFile(oldRelease.resolve(unchanged), newRelease.resolve(unchanged))).isTrue();
        assertThat(FixtureSite.hashes(oldRelease)).isEqualTo(before);
        assertThat(lines).contains("Đã gửi " + changed.size() + " tệp (" + vn.congkhai.text.VietnameseFormat.bytes(
                second.bytesSent()) + "), dùng lại " + second.filesReused() + " tệp có sẵn trên máy chủ.");
    }

    @Test
    void anUploadCutOffHalfWayLeavesTheLiveSiteExactlyAsItWasAndTheNextPublishSucceeds() throws Exception {
        publish(BAKE_DAY);
        Map<String, String> live = servedFiles();
        Path liveTarget = Files.readSymbolicLink(served());
        // Eight stylesheets of a megabyte each: the cut comes after two, while the others are still on their way.
        Random random = new Random(26);
        for (int i = 1; i <= 8; i++) {
            StringBuilder css = new StringBuilder("/* ");
            random.ints(1 << 20, 'a', 'z' + 1).forEach(c -> css.append((char) c));
            site.write("assets/css/them-" + i + ".css", css.append(" */\np { margin: ").append(i).append("px; }\n")
                    .toString());
        }
        site.bake();
        server.stopAfterFiles(2);

        assertThatThrownBy(() -> publish(BAKE_DAY.plusMinutes(5))).isInstanceOf(PublishException.class)
                .hasMessageStartingWith("Việc gửi bị ngắt giữa chừng (đã gửi ")
                .hasMessageEndingWith(". Trang đang chạy không thay đổi (bản " + liveTarget.getFileName()
                        + "). Cách sửa: chạy lại lệnh khi mạng ổn định.");
        assertThat(Files.readSymbolicLink(served())).isEqualTo(liveTarget);
        assertThat(servedFiles()).isEqualTo(live);
        assertThat(Files.list(server.root().resolve("xa/releases")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith(Publisher.UPLOADING));

        server.restart();
        PublishResult retry = publish(BAKE_DAY.plusMinutes(6));
        assertThat(servedFiles()).isEqualTo(site.siteHashes());
        assertThat(retry.filesSent()).isLessThan(site.siteHashes().size());
        assertThat(Files.list(server.root().resolve("xa/releases")).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.startsWith(Publisher.UPLOADING));
    }

    @Test
    void rollbackSwitchesTheLiveSiteBackToThePreviousRelease() throws Exception {
        PublishResult first = publish(BAKE_DAY);
        Map<String, String> firstSite = site.siteHashes();
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
        site.bake();
        PublishResult second = publish(BAKE_DAY.plusMinutes(5));
        assertThat(lines).contains("Nếu bản mới có sai sót, quay lại bản trước bằng: mvnw cong-khai:quay-lai");

        Publish.Switch back = Publish.rollback(site.site(), request(BAKE_DAY).target(), request(BAKE_DAY).login(), knownHosts,
                lines::add);

        assertThat(back).isEqualTo(new Publish.Switch(second.release(), first.release()));
        assertThat(servedFiles()).isEqualTo(firstSite);
        assertThat(lines).last().isEqualTo("Đã quay lại bản " + first.release() + " trên " + request(BAKE_DAY).target()
                + " (bản " + second.release() + " vẫn còn trên máy chủ cho tới khi bị xoá theo số bản giữ lại).");
        assertThatThrownBy(() -> Publish.rollback(site.site(), request(BAKE_DAY).target(), request(BAKE_DAY).login(), knownHosts,
                lines::add)).hasMessage("Bản đang chạy " + first.release() + " là bản cũ nhất còn giữ trên máy chủ: "
                + "không có bản trước để quay lại.");
    }

    @Test
    void aHostWhoseKeyChangedIsRefused() throws Exception {
        Publish.Request r = request(BAKE_DAY);
        server.knownHostsWithAnotherKey(r.knownHosts());

        assertThatThrownBy(() -> Publish.site(r, lines::add)).hasMessage("Khoá của máy chủ [127.0.0.1]:"
                + server.port() + " khác với khoá đã ghi trong " + r.knownHosts() + ": máy chủ có thể đã được cài lại, "
                + "hoặc có máy khác mạo danh. Không đăng. Cách sửa: hỏi cán bộ kỹ thuật của tỉnh; chỉ sửa tệp đó khi "
                + "họ xác nhận khoá mới.");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }
}

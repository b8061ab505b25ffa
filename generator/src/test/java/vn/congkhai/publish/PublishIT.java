package vn.congkhai.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.SftpTestServer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing to a real SFTP server (MINA SSHD's, on loopback, serving a temporary folder): releases, the switch, the
 * incremental upload, a server that dies half way, rollback, and the refusals, each with the officer's message.
 */
class PublishIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The fixture's ngay_bake is 2024-06-30: publishing on that day is publishing today. */
    private static final ZonedDateTime BAKE_DAY = ZonedDateTime.of(2024, 6, 30, 10, 15, 0, 0, VIETNAM);
    private static final String ADDRESS = "https://phuthinh.example.vn";

    @TempDir
    Path tmp;

    private SftpTestServer server;
    private FixtureSite site;
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void bakeAndStartServer() throws Exception {
        site = FixtureSite.of("basic", tmp);
        site.bake();
        server = SftpTestServer.start(tmp.resolve("server"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path served() {
        return server.root().resolve("xa/current");
    }

    /** The files the web server serves: under {@code current}, followed. */
    private Map<String, String> servedFiles() throws java.io.IOException {
        return FixtureSite.hashes(served().toRealPath());
    }

    private Publish.Request request(ZonedDateTime now) throws PublishException {
        return request(now, ADDRESS, Login.password(SftpTestServer.USER, SftpTestServer.PASSWORD), false);
    }

    private Publish.Request request(ZonedDateTime now, String declaredAddress, Login login, boolean allowFixedDate)
            throws PublishException {
        return new Publish.Request(site.dir(), site.site(), SftpTarget.parse(server.address("xa")), declaredAddress,
                login, server.knownHosts(tmp.resolve("known_hosts")), Publish.KEEP, allowFixedDate, now);
    }

    private PublishResult publish(ZonedDateTime now) throws PublishException {
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
        for (int i = 1; i <= 3; i++) {
            site.write("assets/css/them-" + i + ".css", "p { margin: " + i + "px; }");
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

        Publish.Switch back = Publish.rollback(request(BAKE_DAY).target(), request(BAKE_DAY).login(),
                tmp.resolve("known_hosts"), lines::add);

        assertThat(back).isEqualTo(new Publish.Switch(second.release(), first.release()));
        assertThat(servedFiles()).isEqualTo(firstSite);
        assertThat(lines).last().isEqualTo("Đã quay lại bản " + first.release() + " trên " + request(BAKE_DAY).target()
                + " (bản " + second.release() + " vẫn còn trên máy chủ cho tới khi bị xoá theo số bản giữ lại).");
        assertThatThrownBy(() -> Publish.rollback(request(BAKE_DAY).target(), request(BAKE_DAY).login(),
                tmp.resolve("known_hosts"), lines::add)).hasMessage("Bản đang chạy " + first.release()
                + " là bản cũ nhất còn giữ trên máy chủ: không có bản trước để quay lại.");
    }

    @Test
    void onlyTheLastFiveReleasesAreKept() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(publish(BAKE_DAY.plusMinutes(i)).release());
        }
        List<String> left;
        try (var list = Files.list(server.root().resolve("xa/releases"))) {
            left = list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".json")).sorted().toList();
        }
        assertThat(left).isEqualTo(names.subList(2, 7));
        assertThat(Files.readSymbolicLink(served()).toString()).isEqualTo("releases/" + names.get(6));
    }

    @Test
    void anUnknownHostIsRefusedBeforeAnythingIsSent() throws Exception {
        Files.writeString(tmp.resolve("known_hosts"), "");
        Publish.Request r = request(BAKE_DAY);
        Files.writeString(r.knownHosts(), "[127.0.0.1]:1 " + org.apache.sshd.common.config.keys.PublicKeyEntry
                .toString(SftpTestServer.newKey().getPublic()) + "\n");

        assertThatThrownBy(() -> Publish.site(r, lines::add)).hasMessage("Máy chủ [127.0.0.1]:" + server.port()
                + " chưa có trong danh sách máy chủ tin cậy (" + r.knownHosts() + "). Không đăng. Cách sửa: nhờ cán "
                + "bộ kỹ thuật của tỉnh xác nhận khoá của máy chủ rồi thêm vào tệp đó (ssh-keyscan -p " + server.port()
                + " 127.0.0.1, sau khi đã đối chiếu khoá).");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }

    @Test
    void aHostWhoseKeyChangedIsRefused() throws Exception {
        Publish.Request r = request(BAKE_DAY);
        server.knownHosts(r.knownHosts(), SftpTestServer.newKey());

        assertThatThrownBy(() -> Publish.site(r, lines::add)).hasMessage("Khoá của máy chủ [127.0.0.1]:"
                + server.port() + " khác với khoá đã ghi trong " + r.knownHosts() + ": máy chủ có thể đã được cài lại, "
                + "hoặc có máy khác mạo danh. Không đăng. Cách sửa: hỏi cán bộ kỹ thuật của tỉnh; chỉ sửa tệp đó khi "
                + "họ xác nhận khoá mới.");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedWithWhereToFixIt() throws Exception {
        Publish.Request r = request(BAKE_DAY, ADDRESS, Login.password(SftpTestServer.USER, "sai"), false);

        assertThatThrownBy(() -> Publish.site(r, lines::add)).hasMessage("Máy chủ [127.0.0.1]:" + server.port()
                + " từ chối đăng nhập của tài khoản \"lucba\" (sai mật khẩu). Không đăng. Cách sửa: kiểm tra mục "
                + "<server> của nơi đăng trong settings.xml của Maven (thường là ~/.m2/settings.xml).");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }

    @Test
    void anOfficersKeyFileLogsInAndAKeyInsideTheCommunesFolderIsRefused() throws Exception {
        Path key = server.userKeyFile(tmp.resolve("ssh/id_ecdsa"));
        Publish.Request withKey = request(BAKE_DAY, ADDRESS, Login.key(SftpTestServer.USER, key, null), false);
        assertThat(Publish.site(withKey, lines::add).filesSent()).isEqualTo(site.siteHashes().size());

        Path inside = server.userKeyFile(site.dir().resolve("khoa/id_ecdsa"));
        Publish.Request leaked = request(BAKE_DAY, ADDRESS, Login.key(SftpTestServer.USER, inside, null), false);
        assertThatThrownBy(() -> Publish.site(leaked, lines::add)).hasMessage("Khoá bí mật " + inside + " nằm trong "
                + "thư mục của xã, nơi được đưa lên kho chung: không dùng. Cách sửa: chuyển khoá ra ngoài (ví dụ "
                + "~/.ssh/), sửa <privateKey> trong settings.xml; nếu khoá đã từng được lưu vào git, đổi khoá mới.");
    }

    @Test
    void aSiteWhoseLastBakeHadContentErrorsIsNotPublished() throws Exception {
        site.replace("content/thong-bao/nghi-le.md", "date=2024-04-25", "date=2024-13-25");
        assertThatThrownBy(site::bake).isInstanceOf(vn.congkhai.problem.ContentProblemsException.class);

        assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessage("Lần tạo trang gần nhất gặp lỗi nội dung, nên trang "
                + "trong " + site.site() + " là bản cũ. Không đăng. Cách sửa: sửa các lỗi mà mvnw package báo rồi "
                + "chạy lại.");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }

    @Test
    void aSiteOlderThanItsSourcesIsNotPublished() throws Exception {
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");

        assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessageStartingWith("Nội dung đã thay đổi sau lần tạo trang "
                + "gần nhất");
    }

    @Test
    void aSiteBakedForAFixedPastDateNeedsTheOfficerToAskForIt() throws Exception {
        ZonedDateTime later = BAKE_DAY.plusDays(3);

        assertThatThrownBy(() -> publish(later)).hasMessage("Trang được tạo cho ngày cố định 2024-06-30 (ngay_bake "
                + "trong jbake.properties), đã qua: văn bản ban hành sau ngày đó chưa có trên trang. Không đăng. Cách "
                + "sửa: để trống ngay_bake rồi chạy lại; nếu thật sự muốn đăng trang của ngày đó, thêm "
                + "-Dcho-phep-ngay-cu.");
        Publish.Request asked = request(later, ADDRESS, Login.password(SftpTestServer.USER, SftpTestServer.PASSWORD),
                true);
        assertThat(Publish.site(asked, lines::add).release()).startsWith("20240703-");
    }

    @Test
    void aTargetDeclaredForAnotherSiteIsRefused() throws Exception {
        Publish.Request other = request(BAKE_DAY, "https://lucba.example.vn",
                Login.password(SftpTestServer.USER, SftpTestServer.PASSWORD), false);

        assertThatThrownBy(() -> Publish.site(other, lines::add)).hasMessage("Địa chỉ không khớp: trang được tạo cho "
                + "https://phuthinh.example.vn (site.host trong jbake.properties) nhưng nơi đăng được khai báo cho "
                + "https://lucba.example.vn (cong-khai.dang.dia-chi-web). Không đăng, để không đưa trang của xã này "
                + "lên trang của nơi khác. Cách sửa: kiểm tra lại hai địa chỉ.");
    }

    @Test
    void aCurrentFolderThatIsNotALinkIsNeverOverwritten() throws Exception {
        Files.createDirectories(server.root().resolve("xa/current"));
        Files.writeString(server.root().resolve("xa/current/index.html"), "trang cũ");

        assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessageContaining("là một thư mục hay tệp thật");
        assertThat(server.root().resolve("xa/current/index.html")).hasContent("trang cũ");
        assertThat(Files.isSymbolicLink(served())).isFalse();
        assertThat(Files.exists(served(), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}

package vn.congkhai.publish;

import org.junit.jupiter.api.Test;
import vn.congkhai.bake.SiteLock;
import vn.congkhai.testing.PublishServer;
import vn.congkhai.testing.SftpTestServer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing to MINA SSHD's SFTP server (on loopback, in the test JVM, serving a temporary folder): what every server
 * must do ({@link PublishServerContract}), and the rest of the publish step's rules, each refusal with the officer's
 * message: releases kept, an unknown host, a wrong password, a key file, the bake's receipt and the target's address.
 */
class PublishIT extends PublishServerContract {

    private SftpTestServer mina;

    @Override
    PublishServer start(Path dir) {
        mina = SftpTestServer.start(dir);
        return mina;
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
    void afterAPublishTheMessagesOfTheDisclosuresNewToTheLiveSiteArePrintedToCopy() throws Exception {
        publish(BAKE_DAY);
        site.write("content/thong-bao/mat-nuoc.md", """
                title=Thông báo tạm ngừng cấp nước sinh hoạt xóm Kết Thành ngày 02/7/2024 để sửa chữa đường ống
                date=2024-06-28
                type=thong-bao
                so_hieu=15/TB-UBND
                muc_cong_khai=14
                ~~~~~~
                Nước sinh hoạt tạm ngừng từ 7 giờ đến 17 giờ.
                """);
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
        site.bake();
        lines.clear();

        publish(BAKE_DAY.plusMinutes(5));

        // the new notice only (its SMS exactly one part): the changed one was announced when it was first published
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
                "Tin nhắn báo 1 văn bản mới đăng, để chép gửi qua Zalo OA và SMS (chương trình không tự gửi):",
                """
                        Zalo, Thông báo tạm ngừng cấp nước sinh hoạt xóm Kết Thành ngày 02/7/2024 để sửa chữa đường ống:
                        Ủy ban nhân dân xã Phú Thịnh công khai: Thông báo tạm ngừng cấp nước sinh hoạt xóm Kết Thành ngày \
                        02/7/2024 để sửa chữa đường ống
                        Thông báo, số 15/TB-UBND, ngày 28/06/2024.
                        Xem chi tiết: https://phuthinh.example.vn/thong-bao/mat-nuoc.html""",
                """
                        SMS (160 ký tự, không dấu):
                        UBND xa Phu Thinh: Thong bao tam ngung cap nuoc sinh hoat xom Ket Thanh ngay 02/7/2024 de sua \
                        chua duong ong https://phuthinh.example.vn/thong-bao/mat-nuoc.html""");

        // the same, beside the site, for the editor's publish page
        assertThat(Announcements.lastPrinted(site.site())).hasContent(String.join("\n\n",
                lines.subList(lines.size() - 3, lines.size())) + "\n");

        lines.clear();
        publish(BAKE_DAY.plusMinutes(10));
        assertThat(lines).last().isEqualTo("Không có văn bản mới so với bản trước, nên không có tin nhắn Zalo, SMS cần "
                + "gửi.");
    }

    @Test
    void aPublishWhoseMessagesFileIsMissingSaysWhereToFindThem() throws Exception {
        java.nio.file.Path file = vn.congkhai.bake.ReleaseMessages.pathFor(site.site());
        Files.delete(file);

        publish(BAKE_DAY);

        assertThat(lines).last().isEqualTo("Không có tin nhắn Zalo, SMS cho lần đăng này: tệp " + file + " thiếu "
                + "hoặc thuộc lần tạo trang khác. Cách sửa: chạy mvnw package rồi mở tệp đó để chép tin nhắn của văn "
                + "bản mới.");
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
    void aWrongPasswordIsRefusedWithWhereToFixIt() throws Exception {
        Publish.Request r = request(BAKE_DAY, ADDRESS, Login.password(SftpTestServer.USER, "sai"), false);

        assertThatThrownBy(() -> Publish.site(r, lines::add)).hasMessage("Máy chủ [127.0.0.1]:" + server.port()
                + " từ chối đăng nhập của tài khoản \"lucba\" (sai mật khẩu). Không đăng. Cách sửa: kiểm tra mục "
                + "<server> của nơi đăng trong settings.xml của Maven (thường là ~/.m2/settings.xml).");
        assertThat(server.root().resolve("xa")).doesNotExist();
    }

    @Test
    void anOfficersKeyFileLogsInAndAKeyInsideTheCommunesFolderIsRefused() throws Exception {
        Path key = mina.userKeyFile(tmp.resolve("ssh/id_ecdsa"));
        Publish.Request withKey = request(BAKE_DAY, ADDRESS, Login.key(SftpTestServer.USER, key, null), false);
        assertThat(Publish.site(withKey, lines::add).filesSent()).isEqualTo(site.siteHashes().size());

        Path inside = mina.userKeyFile(site.dir().resolve("khoa/id_ecdsa"));
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

    @Test
    void aSiteChangedSinceItsBakeIsNotPublished() throws Exception {
        Files.writeString(site.site().resolve("index.html"), "<p>sửa tay</p>", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessage("Trang trong " + site.site() + " không còn như lần tạo "
                + "trang gần nhất để lại (index.html đã bị sửa): có người hay chương trình khác đã sửa vào đó. Không "
                + "đăng. Cách sửa: chạy mvnw package cong-khai:dang (tạo lại trang rồi đăng).");
        assertThat(server.root().resolve("xa")).doesNotExist();

        site.bake(); // the bake puts the site back as it should be
        Files.delete(site.site().resolve("thong-bao/nghi-le.html"));
        Files.writeString(site.site().resolve("la.html"), "<p>không do chương trình tạo</p>");
        assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessage("Trang trong " + site.site() + " không còn như lần tạo "
                + "trang gần nhất để lại (thiếu thong-bao/nghi-le.html, có thêm la.html): có người hay chương trình "
                + "khác đã sửa vào đó. Không đăng. Cách sửa: chạy mvnw package cong-khai:dang (tạo lại trang rồi "
                + "đăng).");

        site.bake();
        assertThat(publish(BAKE_DAY).filesSent()).isEqualTo(site.siteHashes().size());
        assertThat(servedFiles()).isEqualTo(site.siteHashes());
    }

    @Test
    void aPublishWhileTheCommuneIsBakedWaitsThenStopsSayingWhatRuns() throws Exception {
        String wait = System.getProperty(SiteLock.WAIT_PROPERTY);
        System.setProperty(SiteLock.WAIT_PROPERTY, "1");
        try (SiteLock bake = SiteLock.take(site.site(), SiteLock.Task.BAKE, line -> { })) {
            String target = site.site().getParent().toString();
            assertThatThrownBy(() -> publish(BAKE_DAY)).hasMessage("Không đăng được: " + bake.description() + " vẫn "
                    + "đang chạy trên " + target + " sau 1 giây chờ. Mỗi lúc chỉ một lệnh tạo trang hay đăng chạy trên "
                    + "một xã. Cách sửa: đợi lệnh đó chạy xong (hoặc dừng nó bằng Ctrl+C trong cửa sổ của nó) rồi chạy "
                    + "lại lệnh này.");
            assertThat(lines).containsExactly("Đang chờ " + bake.description() + " chạy xong trên " + target + " (mỗi "
                    + "lúc chỉ một lệnh tạo trang hay đăng chạy trên một xã; chờ tối đa 1 giây).");
            assertThat(bake.description()).startsWith("việc tạo trang (mvnw package) của tiến trình ");
        } finally {
            if (wait == null) {
                System.clearProperty(SiteLock.WAIT_PROPERTY);
            } else {
                System.setProperty(SiteLock.WAIT_PROPERTY, wait);
            }
        }
        assertThat(server.root().resolve("xa")).doesNotExist();
        assertThat(publish(BAKE_DAY).previous()).isNull(); // the bake over, the publish goes ahead
    }
}

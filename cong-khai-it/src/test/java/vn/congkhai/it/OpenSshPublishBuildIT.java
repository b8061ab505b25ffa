package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.publish.Login;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.OpenSshServer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn package cong-khai:dang} to Debian's OpenSSH server with OpenSSH's default key type, on the plugin's own
 * class path (the generator's tests have other libraries besides): the officer's ed25519 key named in settings.xml,
 * an ed25519-only host in known_hosts as {@code ssh-keyscan} wrote it. Skipped on a developer machine without
 * {@code openssh-server}; failing in CI, which installs it.
 */
class OpenSshPublishBuildIT {

    @TempDir
    Path tmp;

    @Test
    void anOfficerPublishesWithAnEd25519KeyToAnEd25519OnlyHost() throws Exception {
        OpenSshServer.requireInstalled();
        String address = "https://phuthinh.thainguyen.gov.vn";
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", address);
        try (OpenSshServer server = OpenSshServer.start(tmp.resolve("may-chu"))) {
            Path knownHosts = server.knownHosts(tmp.resolve("known_hosts"));
            Login login = server.login(tmp);

            Mvn.Run run = Mvn.runLoggedIn(commune, "<username>" + login.user() + "</username><privateKey>"
                    + login.keyFile() + "</privateKey>", "-B", "-Dcong-khai.dang.dich=" + server.address("phu-thinh"),
                    "-Dcong-khai.dang.dia-chi-web=" + address, "-Dcong-khai.dang.known-hosts=" + knownHosts,
                    "package", "cong-khai:dang");

            assertThat(run.status()).as(run.output()).isZero();
            assertThat(run.lines()).anyMatch(l -> l.startsWith("[INFO] Đã chuyển trang sang bản ")
                    && l.endsWith("(lần đăng đầu tiên). Giữ lại 5 bản gần nhất."));
            Path live = server.root().resolve("phu-thinh/current").toRealPath();
            assertThat(FixtureSite.hashes(live)).isEqualTo(FixtureSite.hashes(commune.resolve("target/site")));

            // The server's key changed: refused in the officer's words, without the SSH library's own warnings.
            server.knownHostsWithAnotherKey(knownHosts);
            Mvn.Run refused = Mvn.runLoggedIn(commune, "<username>" + login.user() + "</username><privateKey>"
                    + login.keyFile() + "</privateKey>", "-B", "-Dcong-khai.dang.dich=" + server.address("phu-thinh"),
                    "-Dcong-khai.dang.dia-chi-web=" + address, "-Dcong-khai.dang.known-hosts=" + knownHosts,
                    "cong-khai:dang");
            assertThat(refused.status()).isOne();
            assertThat(refused.lines()).anyMatch(l -> l.startsWith("[ERROR] Failed to execute goal ")
                    && l.contains(": Khoá của máy chủ [127.0.0.1]:" + server.port() + " khác với khoá đã ghi trong "
                    + knownHosts + ": máy chủ có thể đã được cài lại, hoặc có máy khác mạo danh. Không đăng."))
                    .noneMatch(l -> l.contains("org.apache.sshd") || l.contains("SshException"));
            assertThat(FixtureSite.hashes(live)).isEqualTo(FixtureSite.hashes(commune.resolve("target/site")));
        }
    }
}

package vn.congkhai.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.SftpTestServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing as officers and a province's CI run it, through a real Maven: {@code mvn package cong-khai:dang} to a
 * real SFTP server (MINA SSHD's, on loopback), an edit published, {@code cong-khai:quay-lai}; communes of a province
 * each published to its own folder. The transcripts are kept in {@code target/ban-ghi/} for the release notes.
 */
class PublishBuildIT {

    private static final Path TRANSCRIPTS = Path.of("target/ban-ghi");

    @TempDir
    Path tmp;

    private SftpTestServer server;
    private Path knownHosts;

    @BeforeEach
    void startServer() {
        server = SftpTestServer.start(tmp.resolve("may-chu"));
        knownHosts = server.knownHosts(tmp.resolve("known_hosts"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String[] publishArgs(String folder, String address, String... goals) {
        String[] args = {"-B", "-Dcong-khai.dang.dich=" + server.address(folder),
                "-Dcong-khai.dang.dia-chi-web=" + address, "-Dcong-khai.dang.known-hosts=" + knownHosts};
        String[] all = java.util.Arrays.copyOf(args, args.length + goals.length);
        System.arraycopy(goals, 0, all, args.length, goals.length);
        return all;
    }

    private static Mvn.Run keep(String name, Mvn.Run run) throws IOException {
        Files.createDirectories(TRANSCRIPTS);
        Files.writeString(TRANSCRIPTS.resolve(name + ".txt"), run.output(), StandardCharsets.UTF_8);
        return run;
    }

    private static java.util.List<String> officerLines(Mvn.Run run) {
        return run.lines().stream().filter(l -> l.startsWith("[INFO] ") || l.startsWith("[ERROR] "))
                .filter(l -> !l.contains("---") && !l.contains("BUILD") && !l.contains("Total time")
                        && !l.contains("Finished at") && !l.contains("Building ") && !l.contains("Scanning")
                        && !l.contains("from pom.xml") && !l.contains("[ pom ]") && !l.isBlank()
                        && !l.equals("[INFO] ") && !l.equals("[ERROR] "))
                .toList();
    }

    @Test
    void anOfficerPublishesAnEditAndRollsItBackWithMaven() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        String address = "https://phuthinh.thainguyen.gov.vn";

        Mvn.Run first = keep("dang-lan-1", Mvn.run(commune, publishArgs("phu-thinh", address, "package",
                "cong-khai:dang")));
        assertThat(first.status()).as(first.output()).isZero();
        Map<String, String> firstSite = FixtureSite.hashes(commune.resolve("target/site"));
        Path live = server.root().resolve("phu-thinh/current");
        assertThat(FixtureSite.hashes(live.toRealPath())).isEqualTo(firstSite);
        assertThat(officerLines(first)).anyMatch(l -> l.startsWith("[INFO] Đã tạo trang web: "))
                .anyMatch(l -> l.equals("[INFO] Đăng lên " + server.address("phu-thinh").replace("127.0.0.1:",
                        "127.0.0.1:") + " (tài khoản lucba)."))
                .anyMatch(l -> l.startsWith("[INFO] Đã chuyển trang sang bản ") && l.endsWith("(lần đăng đầu tiên). "
                        + "Giữ lại 5 bản gần nhất."))
                // the goal prints a message for each disclosure new to the site (all of them, the first time)
                .anyMatch(l -> l.matches("\\[INFO] Tin nhắn báo \\d+ văn bản mới đăng, để chép gửi qua Zalo OA và SMS "
                        + "\\(chương trình không tự gửi\\):"));
        assertThat(first.lines()).as("an SMS, on a line of its own to copy")
                .anyMatch(l -> l.matches("UBND xa Phu Thinh: .+ https://phuthinh\\.thainguyen\\.gov\\.vn/\\S+\\.html"));

        Path notice = commune.resolve("content/thong-bao/vi-du-thong-bao.md");
        Files.writeString(notice, Files.readString(notice) + "\nBổ sung: thời gian họp đổi sang 8 giờ.\n");
        Mvn.Run second = keep("dang-lan-2", Mvn.run(commune, publishArgs("phu-thinh", address, "package",
                "cong-khai:dang")));
        assertThat(second.status()).as(second.output()).isZero();
        Map<String, String> secondSite = FixtureSite.hashes(commune.resolve("target/site"));
        long changed = secondSite.keySet().stream().filter(p -> !secondSite.get(p).equals(firstSite.get(p))).count();
        assertThat(FixtureSite.hashes(live.toRealPath())).isEqualTo(secondSite);
        assertThat(officerLines(second)).anyMatch(l -> l.startsWith("[INFO] Đã gửi " + changed + " tệp ("))
                .contains("[INFO] Nếu bản mới có sai sót, quay lại bản trước bằng: mvnw cong-khai:quay-lai")
                .contains("[INFO] Không có văn bản mới so với bản trước, nên không có tin nhắn Zalo, SMS cần gửi.");

        Mvn.Run back = keep("quay-lai", Mvn.run(commune, publishArgs("phu-thinh", address, "cong-khai:quay-lai")));
        assertThat(back.status()).as(back.output()).isZero();
        assertThat(FixtureSite.hashes(live.toRealPath())).isEqualTo(firstSite);
        assertThat(officerLines(back)).anyMatch(l -> l.startsWith("[INFO] Đã quay lại bản "));

        Mvn.Run refused = keep("tu-choi-dia-chi", Mvn.run(commune, publishArgs("phu-thinh",
                "https://vanphu.thainguyen.gov.vn", "-q", "cong-khai:dang")));
        assertThat(refused.status()).isOne();
        assertThat(refused.lines().get(0)).isEqualTo("[ERROR] Failed to execute goal vn.congkhai:cong-khai-maven-plugin:"
                + Mvn.VERSION + ":dang (default-cli) on project phu-thinh: Địa chỉ không khớp: trang được tạo cho "
                + address + " (site.host trong jbake.properties) nhưng nơi đăng được khai báo cho "
                + "https://vanphu.thainguyen.gov.vn (cong-khai.dang.dia-chi-web). Không đăng, để không đưa trang của "
                + "xã này lên trang của nơi khác. Cách sửa: kiểm tra lại hai địa chỉ. -> [Help 1]");
        assertThat(FixtureSite.hashes(live.toRealPath())).isEqualTo(firstSite);
    }

    @Test
    void aProvincePublishesEachCommuneToItsOwnFolderOneJobPerCommune() throws Exception {
        Path province = tmp.resolve("tinh");
        String[][] communes = {{"phu-thinh", "Phú Thịnh"}, {"van-phu", "Vạn Phú"}};
        for (String[] c : communes) {
            Mvn.generate(province, c[0], c[1], "Thái Nguyên", "https://" + c[0].replace("-", "")
                    + ".thainguyen.gov.vn");
        }
        // What the CI matrix runs, one job per commune: the commune's folder and its target from the matrix.
        for (String[] c : communes) {
            Mvn.Run job = Mvn.run(province, publishArgs(c[0], "https://" + c[0].replace("-", "")
                    + ".thainguyen.gov.vn", "-q", "-f", c[0] + "/pom.xml", "package", "cong-khai:dang"));
            assertThat(job.status()).as(job.output()).isZero();
        }
        for (String[] c : communes) {
            Path live = server.root().resolve(c[0] + "/current").toRealPath();
            assertThat(FixtureSite.hashes(live)).isEqualTo(FixtureSite.hashes(province.resolve(c[0] + "/target/site")));
            assertThat(Files.readString(live.resolve("index.html"))).contains("Xã " + c[1]);
        }
    }
}

package vn.congkhai.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import vn.congkhai.publish.Login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's OpenSSH server ({@code openssh-server}) for the publish tests, as a web server's host runs it: started by
 * the test on a loopback port with a configuration of its own (an ed25519 host key only, the officer's ed25519 key in
 * its authorized keys, SFTP built in), serving this machine's files to the user running the tests; its host key taken
 * by {@code ssh-keyscan}, the keys made by {@code ssh-keygen}. Stopped by its PID, every wait bounded. A transfer is
 * cut off by killing the per-connection processes, as when the network or the server goes away.
 */
public final class OpenSshServer implements PublishServer {

    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    /** The privilege-separation folder sshd insists on (made by the service's start-up, which the tests skip). */
    private static final Path PRIVSEP = Path.of("/run/sshd");
    private static final long START_MILLIS = 15_000;

    private final Path dir;
    private final Path root;
    private final Path hostKey;
    private final Path userKey;
    private Process sshd;
    private int port;
    /** The files there were when the count was reset (by file identity: a hard link is no new file). */
    private Set<Object> counted = Set.of();
    private Thread cutter;

    static {
        // The client's warnings on a connection cut on purpose are the tests' subject, not news.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "error");
    }

    private OpenSshServer(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.root = this.dir.resolve("www");
        this.hostKey = this.dir.resolve("etc/ssh_host_ed25519_key");
        this.userKey = this.dir.resolve("client/id_ed25519");
    }

    /** Skips (developer machine) or fails (CI) the calling test when OpenSSH's server cannot run here. */
    public static void requireInstalled() {
        String missing = !Files.isExecutable(SSHD) ? SSHD.toString()
                : onPath("ssh-keygen") ? onPath("ssh-keyscan") ? null : "ssh-keyscan" : "ssh-keygen";
        if (missing == null && !Files.isDirectory(PRIVSEP)) {
            try {
                Files.createDirectories(PRIVSEP);
            } catch (IOException e) {
                missing = PRIVSEP + " (sshd's privilege-separation folder; create it as root)";
            }
        }
        if (missing == null) {
            return;
        }
        if (System.getenv("CI") != null) {
            Assertions.fail("OpenSSH's server is required in CI: .ci/run installs openssh-server (missing " + missing
                    + ")");
        }
        Assumptions.assumeTrue(false, "OpenSSH server not installed (apt-get install openssh-server): missing "
                + missing + "; the OpenSSH publish tests skipped");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    /** Starts a server with new keys in {@code dir}, serving {@code dir/www}. */
    public static OpenSshServer start(Path dir) {
        requireInstalled();
        OpenSshServer s = new OpenSshServer(dir);
        try {
            Files.createDirectories(s.root);
            Files.createDirectories(s.hostKey.getParent());
            Files.createDirectories(s.userKey.getParent());
            // ed25519, the type OpenSSH's ssh-keygen makes by default (since 9.5; Debian 12's 9.2 still needs -t)
            run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "may-chu", "-f", s.hostKey.toString());
            run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "can-bo", "-f", s.userKey.toString());
            Files.copy(Path.of(s.userKey + ".pub"), s.dir.resolve("etc/authorized_keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.startOn(0);
        return s;
    }

    private void startOn(int wanted) {
        for (int attempt = 0; ; attempt++) {
            int p = wanted != 0 ? wanted : freePort();
            Path config = writeConfig(p);
            try {
                sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                                dir.resolve("sshd.log").toFile())).start();
                sshd.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (awaitListening(p)) {
                port = p;
                return;
            }
            stopProcess();
            if (wanted != 0 || attempt == 2) {
                throw new IllegalStateException("sshd did not start on port " + p + ": " + log());
            }
        }
    }

    private Path writeConfig(int p) {
        Path config = dir.resolve("etc/sshd_config");
        String text = String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + p,
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("etc/authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "StrictModes no", // the test's temporary folders are not laid out as a home's .ssh
                "Subsystem sftp internal-sftp",
                "");
        try {
            Files.writeString(config, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether sshd listens on {@code p} within the start-up time (false if it ended, e.g. the port was taken). */
    private boolean awaitListening(int p) {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline && sshd.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), p), 500);
                return true;
            } catch (IOException e) {
                sleep(50);
            }
        }
        return false;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Runs a tool of OpenSSH's, bounded. */
    private static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command[0] + " did not end in 30 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String address(String folder) {
        return "sftp://127.0.0.1:" + port + root.resolve(folder);
    }

    /** The user running the tests, with the ed25519 key made for it. */
    @Override
    public Login login(Path unused) {
        return Login.key(System.getProperty("user.name"), userKey, null);
    }

    /** What {@code ssh-keyscan} reports of this server: its ed25519 key. */
    @Override
    public Path knownHosts(Path file) {
        try {
            String scanned = run("ssh-keyscan", "-p", String.valueOf(port), "127.0.0.1");
            Files.createDirectories(file.getParent());
            Files.writeString(file, scanned, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path knownHostsWithAnotherKey(Path file) {
        try {
            Path other = dir.resolve("other/ssh_host_ed25519_key");
            Files.createDirectories(other.getParent());
            Files.deleteIfExists(other);
            Files.deleteIfExists(Path.of(other + ".pub"));
            run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString());
            String key = Files.readString(Path.of(other + ".pub"), StandardCharsets.UTF_8).strip();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "[127.0.0.1]:" + port + " " + key + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Once {@code files} new files have appeared under the served folder, kills the per-connection processes (the
     * listener stays): the files are big enough that the cut comes while the rest are still on their way.
     */
    @Override
    public void stopAfterFiles(int files) {
        Set<Object> before = fileKeys();
        cutter = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && !Thread.currentThread().isInterrupted()) {
                if (newFiles(before) >= files) {
                    cutConnections();
                    return;
                }
                Thread.onSpinWait();
            }
        }, "openssh-cut");
        cutter.setDaemon(true);
        cutter.start();
    }

    /** Kills every process sshd started for a connection, at once (SIGKILL). */
    public void cutConnections() {
        sshd.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** The listener was never stopped: after a cut-off it takes new connections as before. */
    @Override
    public void restart() {
        if (cutter != null) {
            cutter.interrupt();
        }
        if (!sshd.isAlive()) {
            startOn(port);
        }
    }

    @Override
    public int filesWritten() {
        return newFiles(counted);
    }

    @Override
    public void resetCount() {
        counted = fileKeys();
    }

    private int newFiles(Set<Object> before) {
        Set<Object> now = fileKeys();
        now.removeAll(before);
        return now.size();
    }

    /** The identity (device and inode) of every file under the served folder. */
    private Set<Object> fileKeys() {
        Set<Object> keys = new HashSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            // a folder removed while walked (the upload's leftovers): the next look sees it as it is
        }
        for (Path file : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    keys.add(a.fileKey());
                }
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        return keys;
    }

    /** Stops sshd by the PID in its PidFile (and whatever it started), each wait bounded. */
    @Override
    public void close() {
        if (cutter != null) {
            cutter.interrupt();
        }
        stopProcess();
    }

    private void stopProcess() {
        if (sshd == null) {
            return;
        }
        long pid = sshd.pid();
        try {
            pid = Long.parseLong(Files.readString(dir.resolve("sshd.pid")).strip());
        } catch (IOException | NumberFormatException e) {
            // not written yet: the process started is sshd itself (-D)
        }
        ProcessHandle.of(pid).ifPresent(h -> {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroy();
        });
        try {
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sshd.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

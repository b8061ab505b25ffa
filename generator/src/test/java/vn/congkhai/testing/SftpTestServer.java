package vn.congkhai.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import vn.congkhai.publish.Login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SFTP server for the publish tests: Apache MINA SSHD's server on a loopback port, serving {@code root} as
 * {@code /} to one user with a password, with a host key of its own. It counts the files written to it, and can be
 * told to stop dead after some number of files, as a server that goes away in the middle of an upload.
 */
public final class SftpTestServer implements PublishServer {

    public static final String USER = "lucba";
    public static final String PASSWORD = "mat-khau-thu";

    private final Path root;
    private final KeyPair hostKey;
    private final Set<String> filesWritten = ConcurrentHashMap.newKeySet();
    private final AtomicInteger stopAfter = new AtomicInteger(-1);
    /** The officer's key pair, accepted for {@link #USER} besides the password. */
    private final KeyPair userKey = newKey();
    private SshServer server;
    private int port;

    private SftpTestServer(Path root, KeyPair hostKey) {
        this.root = root.toAbsolutePath().normalize(); // MINA's rooted file system lists a relative root wrongly
        this.hostKey = hostKey;
    }

    static {
        // The server's own warnings (a client it refused, a connection cut on purpose) are the tests' subject.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "error");
    }

    /** Starts a server serving {@code root}, with a new host key. */
    public static SftpTestServer start(Path root) {
        SftpTestServer s = new SftpTestServer(root, newKey());
        s.startOn(0);
        return s;
    }

    public static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startOn(int wanted) {
        try {
            Files.createDirectories(root);
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(wanted);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            server.setPasswordAuthenticator((user, password, session) -> USER.equals(user)
                    && PASSWORD.equals(password));
            server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                    && KeyUtils.compareKeys(userKey.getPublic(), key));
            SftpSubsystemFactory sftp = new SftpSubsystemFactory();
            sftp.addSftpEventListener(new SftpEventListener() {
                @Override
                public void written(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                                    byte[] data, int dataOffset, int dataLen, Throwable thrown) {
                    filesWritten.add(localHandle.getFile().toString());
                    if (stopAfter.get() >= 0 && filesWritten.size() >= stopAfter.get()) {
                        stopAfter.set(-1);
                        Thread stop = new Thread(() -> stopNow(), "sftp-test-stop");
                        stop.start();
                    }
                }
            });
            server.setSubsystemFactories(List.of(sftp));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server again, on the same port with the same host key, after {@link #stopNow}. */
    @Override
    public void restart() {
        startOn(port);
    }

    /** Drops every connection and stops listening at once, as a server that fails. */
    public void stopNow() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server dead once {@code files} more files have been written to. */
    @Override
    public void stopAfterFiles(int files) {
        filesWritten.clear();
        stopAfter.set(files);
    }

    /** The files written since the last {@link #resetCount}. */
    @Override
    public int filesWritten() {
        return filesWritten.size();
    }

    @Override
    public void resetCount() {
        filesWritten.clear();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Path root() {
        return root;
    }

    /** A known_hosts file naming this server's host key (or, with {@code key}, another key). */
    public Path knownHosts(Path file, KeyPair key) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key.getPublic()) + "\n",
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path knownHosts(Path file) {
        return knownHosts(file, hostKey);
    }

    @Override
    public Path knownHostsWithAnotherKey(Path file) {
        return knownHosts(file, newKey());
    }

    /** The password of {@link #USER}. */
    @Override
    public Login login(Path dir) {
        return Login.password(USER, PASSWORD);
    }

    /** The officer's private key, accepted by this server, written as OpenSSH writes it ({@code id_ecdsa}). */
    public Path userKeyFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, USER, null, out);
            }
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address to publish to: {@code sftp://127.0.0.1:port/folder}. */
    @Override
    public String address(String folder) {
        return "sftp://127.0.0.1:" + port + "/" + folder;
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

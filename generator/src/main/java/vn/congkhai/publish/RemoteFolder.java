package vn.congkhai.publish;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.SftpVersionSelector;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The publish folder on the server, over SFTP (Apache MINA SSHD's client, speaking SFTP version 3 as OpenSSH does):
 * logged in with the officer's {@link Login}, the host key checked against {@code known_hosts}. Paths are relative
 * to the folder.
 */
final class RemoteFolder implements AutoCloseable {

    static final String RELEASES = "releases";
    static final String CURRENT = "current";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The level of MINA's loggers, for SLF4J's simple logger (Maven's own too). */
    private static final String MINA_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.sshd";

    static {
        // Officers read the publish step's own lines: what MINA warns of (a key refused, a connection cut) is told
        // in Vietnamese by the PublishException it causes. The simple logger reads a logger's level when the logger is
        // made, so it is set before MINA makes any; a level set on the command line wins.
        if (System.getProperty(MINA_LOG_LEVEL) == null) {
            System.setProperty(MINA_LOG_LEVEL, "error");
        }
    }

    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final String base;
    private final HardLink hardLink;
    private final OpenSSHPosixRenameExtension posixRename;
    private final Set<String> folders = new HashSet<>();

    private RemoteFolder(SshClient client, ClientSession session, SftpClient sftp, String base) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
        this.base = base;
        this.hardLink = new HardLink(sftp);
        this.posixRename = sftp.getExtension(OpenSSHPosixRenameExtension.class);
    }

    /** Connects, checks the host key, logs in and opens SFTP; every refusal in the officer's words. */
    static RemoteFolder open(SftpTarget target, Login login, Path knownHosts) throws PublishException {
        if (!Files.isRegularFile(knownHosts)) {
            throw new PublishException("Không có tệp danh sách máy chủ tin cậy " + knownHosts + ", nên không kiểm "
                    + "tra được máy chủ " + target.hostAndPort() + ". Không đăng. Cách sửa: nhờ cán bộ kỹ thuật tạo "
                    + "tệp đó với khoá của máy chủ (ssh-keyscan" + portFlag(target) + " " + target.host()
                    + ", sau khi đã đối chiếu khoá).");
        }
        HostKeys keys = new HostKeys(knownHosts);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(keys);
        // Named rather than discovered (discovery logs a line), and no ~/.ssh/config: the target is what the pom says.
        client.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.start();
        ClientSession session = null;
        try {
            try {
                session = client.connect(login.user(), target.host(), target.port()).verify(TIMEOUT).getSession();
            } catch (IOException e) {
                throw new PublishException("Không kết nối được tới máy chủ " + target.hostAndPort() + " ("
                        + e.getMessage() + "). Cách sửa: kiểm tra mạng và địa chỉ nơi đăng (cong-khai.dang.dich).", e);
            }
            addIdentity(session, login);
            try {
                session.auth().verify(TIMEOUT);
            } catch (IOException e) {
                throw refusal(target, login, knownHosts, keys, e);
            }
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session,
                    SftpVersionSelector.fixedVersionSelector(SftpConstants.SFTP_V3));
            return new RemoteFolder(client, session, sftp, target.folder());
        } catch (PublishException e) {
            closeQuietly(session, client);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(session, client);
            throw new PublishException("Không mở được SFTP trên máy chủ " + target.hostAndPort() + " ("
                    + e.getMessage() + "). Cách sửa: hỏi cán bộ kỹ thuật xem tài khoản có được dùng SFTP không.", e);
        }
    }

    private static PublishException refusal(SftpTarget target, Login login, Path knownHosts, HostKeys keys,
                                            IOException e) {
        if (keys.refusal() == HostKeys.Refusal.UNKNOWN) {
            return new PublishException("Máy chủ " + target.hostAndPort() + " chưa có trong danh sách máy chủ tin "
                    + "cậy (" + knownHosts + "). Không đăng. Cách sửa: nhờ cán bộ kỹ thuật của tỉnh xác nhận khoá "
                    + "của máy chủ rồi thêm vào tệp đó (ssh-keyscan" + portFlag(target) + " " + target.host()
                    + ", sau khi đã đối chiếu khoá).", e);
        }
        if (keys.refusal() == HostKeys.Refusal.CHANGED) {
            return new PublishException("Khoá của máy chủ " + target.hostAndPort() + " khác với khoá đã ghi trong "
                    + knownHosts + ": máy chủ có thể đã được cài lại, hoặc có máy khác mạo danh. Không đăng. Cách "
                    + "sửa: hỏi cán bộ kỹ thuật của tỉnh; chỉ sửa tệp đó khi họ xác nhận khoá mới.", e);
        }
        return new PublishException("Máy chủ " + target.hostAndPort() + " từ chối đăng nhập của tài khoản \""
                + login.user() + "\" (sai " + (login.keyFile() != null ? "khoá" : "mật khẩu") + "). Không đăng. "
                + "Cách sửa: kiểm tra mục <server> của nơi đăng trong settings.xml của Maven "
                + "(thường là ~/.m2/settings.xml).", e);
    }

    private static void addIdentity(ClientSession session, Login login) throws PublishException {
        if (login.keyFile() == null) {
            session.addPasswordIdentity(login.password());
            return;
        }
        try (InputStream in = Files.newInputStream(login.keyFile())) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(session,
                    NamedResource.ofName(login.keyFile().toString()), in,
                    FilePasswordProvider.of(login.passphrase() == null ? "" : login.passphrase()));
            for (KeyPair pair : pairs) {
                session.addPublicKeyIdentity(pair);
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new PublishException("Không đọc được khoá " + login.keyFile() + " (" + e.getMessage() + "). "
                    + "Cách sửa: kiểm tra đường dẫn <privateKey> và <passphrase> trong settings.xml.", e);
        }
    }

    private static String portFlag(SftpTarget target) {
        return target.port() == SftpTarget.DEFAULT_PORT ? "" : " -p " + target.port();
    }

    String path(String relative) {
        return relative.isEmpty() ? base : base + "/" + relative;
    }

    /** The release {@code current} points to; empty before the first publish. */
    Optional<String> currentRelease() throws IOException, PublishException {
        SftpClient.Attributes attributes = lstat(CURRENT).orElse(null);
        if (attributes == null) {
            return Optional.empty();
        }
        if (!attributes.isSymbolicLink()) {
            throw new PublishException("Trên máy chủ, " + path(CURRENT) + " là một thư mục hay tệp thật, không phải "
                    + "liên kết tới một bản trong " + path(RELEASES) + ". Không đăng, để không ghi đè lên nó. Cách "
                    + "sửa: cán bộ kỹ thuật đổi tên hoặc chuyển nó đi rồi chạy lại.");
        }
        String target = sftp.readLink(path(CURRENT));
        String name = target.substring(target.lastIndexOf('/') + 1);
        return Optional.of(name);
    }

    Optional<SftpClient.Attributes> lstat(String relative) throws IOException {
        try {
            return Optional.of(sftp.lstat(path(relative)));
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates the folder and its parents (the base folder's too) where missing. */
    void mkdirs(String relative) throws IOException {
        if (relative.isEmpty() || folders.contains(relative)) {
            return;
        }
        int slash = relative.lastIndexOf('/');
        mkdirs(slash < 0 ? "" : relative.substring(0, slash));
        if (lstat(relative).isEmpty()) {
            sftp.mkdir(path(relative));
        }
        folders.add(relative);
    }

    void makeBase() throws IOException {
        StringBuilder sofar = new StringBuilder();
        for (String part : base.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            sofar.append('/').append(part);
            try {
                sftp.lstat(sofar.toString());
            } catch (SftpException e) {
                if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    throw e;
                }
                sftp.mkdir(sofar.toString());
            }
        }
    }

    /** One file to send: the local file and its path under the folder. */
    record Upload(Path local, String relative, long size) {
    }

    /** SFTP channels that send files side by side: a file's open and close cost round trips, shared this way. */
    private static final int CHANNELS = 4;

    /**
     * Sends the files over {@value #CHANNELS} channels of the session at once, calling {@code sent} after each; the
     * first failure is thrown once every channel has stopped.
     */
    void uploadAll(List<Upload> uploads, java.util.function.Consumer<Upload> sent) throws IOException {
        java.util.concurrent.ConcurrentLinkedQueue<Upload> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(
                uploads);
        java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic
                .AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(CHANNELS, uploads.size()); i++) {
            Thread worker = new Thread(() -> {
                try (SftpClient channel = SftpClientFactory.instance().createSftpClient(session,
                        SftpVersionSelector.fixedVersionSelector(SftpConstants.SFTP_V3))) {
                    for (Upload u = queue.poll(); u != null && failure.get() == null; u = queue.poll()) {
                        try (OutputStream out = channel.write(path(u.relative()))) {
                            Files.copy(u.local(), out);
                        }
                        sent.accept(u);
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
                }
            }, "dang-gui-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while sending");
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    void write(String relative, byte[] bytes) throws IOException {
        try (OutputStream out = sftp.write(path(relative))) {
            out.write(bytes);
        }
    }

    Optional<byte[]> read(String relative) throws IOException {
        if (lstat(relative).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = sftp.read(path(relative))) {
            return Optional.of(in.readAllBytes());
        }
    }

    boolean canHardLink() {
        return hardLink.isSupported();
    }

    /** Hard-links each {@code existing → link} pair (paths relative to the folder), pipelined. */
    void hardLinks(List<HardLink.Pair> pairs) throws IOException {
        hardLink.linkAll(pairs.stream().map(p -> new HardLink.Pair(path(p.existing()), path(p.link()))).toList());
    }

    void rename(String from, String to) throws IOException {
        sftp.rename(path(from), path(to));
    }

    /** The names in a folder (no {@code .} or {@code ..}), sorted; empty when the folder does not exist. */
    List<String> list(String relative) throws IOException {
        if (lstat(relative).isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            for (SftpClient.DirEntry entry : sftp.readDir(path(relative))) {
                if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
                    names.add(entry.getFilename());
                }
            }
        } catch (java.io.UncheckedIOException e) { // MINA's listing iterator wraps the server's refusal
            throw e.getCause();
        }
        names.sort(null);
        return names;
    }

    /** Removes a file, a link, or a folder with everything in it. */
    void removeTree(String relative) throws IOException {
        SftpClient.Attributes attributes = lstat(relative).orElse(null);
        if (attributes == null) {
            return;
        }
        if (attributes.isDirectory()) {
            for (String name : list(relative)) {
                removeTree(relative + "/" + name);
            }
            sftp.rmdir(path(relative));
        } else {
            sftp.remove(path(relative));
        }
    }

    /**
     * Points {@code current} at {@code releases/<release>} in one step: a new symbolic link, renamed over the old
     * one with OpenSSH's {@code posix-rename@openssh.com} (an atomic rename(2) on the server). Readers see the old
     * release or the new one, never a mix. Returns false when the server cannot rename atomically and the switch
     * was made by removing the old link first.
     */
    boolean pointCurrentTo(String release) throws IOException {
        String next = CURRENT + ".moi";
        String target = RELEASES + "/" + release;
        removeTree(next);
        symlink(next, target);
        if (posixRename.isSupported()) {
            posixRename.posixRename(path(next), path(CURRENT));
            return true;
        }
        removeTree(CURRENT);
        rename(next, CURRENT);
        return false;
    }

    /**
     * A relative symbolic link. SFTP version 3 servers disagree on the order of SSH_FXP_SYMLINK's two paths
     * (OpenSSH swaps them): the link is read back, and made the other way round if it came out wrong.
     */
    private void symlink(String link, String target) throws IOException {
        try {
            sftp.symLink(path(link), target);
            if (target.equals(sftp.readLink(path(link)))) {
                return;
            }
            removeTree(link);
        } catch (SftpException e) {
            // the other order, below
        }
        sftp.symLink(target, path(link));
        String made = sftp.readLink(path(link));
        if (!target.equals(made)) {
            throw new IOException("symbolic link " + path(link) + " points to " + made + ", not " + target);
        }
    }

    boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        try {
            sftp.close();
        } catch (IOException e) {
            // the session goes anyway
        }
        closeQuietly(session, client);
    }

    private static void closeQuietly(ClientSession session, SshClient client) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (IOException e) {
            // nothing more to do
        }
        client.stop();
    }
}

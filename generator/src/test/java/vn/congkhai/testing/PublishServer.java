package vn.congkhai.testing;

import vn.congkhai.publish.Login;

import java.nio.file.Path;

/**
 * A real SFTP server the publish tests run against, serving a folder of this machine: MINA SSHD's in the test JVM
 * ({@link SftpTestServer}) or Debian's OpenSSH as a process of its own ({@link OpenSshServer}). The same tests run
 * against both.
 */
public interface PublishServer extends AutoCloseable {

    /** The folder that {@link #address} folders are in, as files on this machine. */
    Path root();

    int port();

    /** The address to publish to: {@code sftp://127.0.0.1:port/…}, for {@code root().resolve(folder)}. */
    String address(String folder);

    /** How the officer logs in to this server (the private key, if any, written under {@code dir}). */
    Login login(Path dir);

    /** A known_hosts file naming this server's host key, as {@code ssh-keyscan} writes it. */
    Path knownHosts(Path file);

    /** A known_hosts file naming another key for this server: as if it had been reinstalled, or impersonated. */
    Path knownHostsWithAnotherKey(Path file);

    /** Cuts every connection off once {@code files} more files have been written to: a transfer that dies. */
    void stopAfterFiles(int files);

    /** The server back (if it stopped) after a cut-off, on the same port with the same host key. */
    void restart();

    /** How many files were written to since {@link #resetCount}. */
    int filesWritten();

    void resetCount();

    @Override
    void close();
}

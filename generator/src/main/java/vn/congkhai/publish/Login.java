package vn.congkhai.publish;

import java.nio.file.Path;

/**
 * How the publish step logs in to the server: a password, or a private key file (with its passphrase, if any).
 * Taken from Maven's {@code settings.xml} server entry, never from the commune's repository.
 */
public record Login(String user, String password, Path keyFile, String passphrase) {

    public static Login password(String user, String password) {
        return new Login(user, password, null, null);
    }

    public static Login key(String user, Path keyFile, String passphrase) {
        return new Login(user, null, keyFile, passphrase);
    }

    /** The login, without its secrets. */
    @Override
    public String toString() {
        return "Login[" + user + (keyFile != null ? ", khoá " + keyFile : ", mật khẩu") + "]";
    }
}

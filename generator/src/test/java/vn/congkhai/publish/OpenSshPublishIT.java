package vn.congkhai.publish;

import vn.congkhai.testing.OpenSshServer;
import vn.congkhai.testing.PublishServer;

import java.nio.file.Path;

/**
 * Publishing to Debian's OpenSSH server, as a province's web server runs it, with OpenSSH's default key type: the
 * officer logs in with an ed25519 key made by {@code ssh-keygen}, and the server has an ed25519 host key only, taken
 * into known_hosts by {@code ssh-keyscan}. Skipped on a developer machine without {@code openssh-server}; failing in
 * CI, which installs it.
 */
class OpenSshPublishIT extends PublishServerContract {

    @Override
    PublishServer start(Path dir) {
        return OpenSshServer.start(dir);
    }
}

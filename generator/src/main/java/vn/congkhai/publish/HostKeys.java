package vn.congkhai.publish;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * Checks the server's host key against a {@code known_hosts} file, the way {@code ssh} does with strict checking:
 * an unknown host and a changed key are both refused, and the refusal says which, for the officer's message.
 */
final class HostKeys extends KnownHostsServerKeyVerifier {

    enum Refusal { UNKNOWN, CHANGED }

    private volatile Refusal refusal;

    HostKeys(Path knownHosts) {
        super(RejectAllServerKeyVerifier.INSTANCE, knownHosts);
    }

    /** Why the last key was refused, or null. */
    Refusal refusal() {
        return refusal;
    }

    @Override
    protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey key) {
        refusal = Refusal.UNKNOWN;
        return false;
    }

    @Override
    public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
                                           PublicKey expected, PublicKey actual) {
        refusal = Refusal.CHANGED;
        return false;
    }
}

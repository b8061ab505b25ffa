package vn.congkhai.publish;

import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.sftp.client.RawSftpClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.helpers.AbstractSftpClientExtension;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * OpenSSH's {@code hardlink@openssh.com} SFTP extension, which MINA's client does not offer for SFTP version 3 (the
 * version OpenSSH speaks): a file of the live release reused in a new one without sending it again.
 */
final class HardLink extends AbstractSftpClientExtension {

    static final String NAME = "hardlink@openssh.com";

    HardLink(SftpClient client) {
        super(NAME, client, (RawSftpClient) client, client.getServerExtensions());
    }

    /** Requests in flight at once: a thousand links cost a few round trips to the server, not a thousand. */
    private static final int WINDOW = 256;

    /** A link to make: {@code link} becomes a second name of the existing file {@code existing}. */
    record Pair(String existing, String link) {
    }

    /** Makes every link, the requests pipelined; the first refusal is thrown once the others are answered. */
    void linkAll(List<Pair> pairs) throws IOException {
        Deque<Integer> inFlight = new ArrayDeque<>();
        IOException refused = null;
        for (Pair pair : pairs) {
            if (inFlight.size() == WINDOW) {
                refused = answer(inFlight.poll(), refused);
            }
            Buffer buffer = getCommandBuffer(pair.existing().length() + pair.link().length() + Long.SIZE);
            putTarget(buffer, pair.existing());
            putTarget(buffer, pair.link());
            inFlight.add(sendExtendedCommand(buffer));
        }
        while (!inFlight.isEmpty()) {
            refused = answer(inFlight.poll(), refused);
        }
        if (refused != null) {
            throw refused;
        }
    }

    private IOException answer(int id, IOException refused) throws IOException {
        try {
            checkStatus(receive(id));
            return refused;
        } catch (org.apache.sshd.sftp.common.SftpException e) {
            return refused != null ? refused : e;
        }
    }
}

package vn.congkhai.publish;

import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.sftp.client.RawSftpClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.helpers.AbstractSftpClientExtension;

import java.io.IOException;

/**
 * OpenSSH's {@code hardlink@openssh.com} SFTP extension, which MINA's client does not offer for SFTP version 3 (the
 * version OpenSSH speaks): a file of the live release reused in a new one without sending it again.
 */
final class HardLink extends AbstractSftpClientExtension {

    static final String NAME = "hardlink@openssh.com";

    HardLink(SftpClient client) {
        super(NAME, client, (RawSftpClient) client, client.getServerExtensions());
    }

    /** Makes {@code link} a second name of the existing file {@code existing}. */
    void link(String existing, String link) throws IOException {
        Buffer buffer = getCommandBuffer(existing.length() + link.length() + Long.SIZE);
        putTarget(buffer, existing);
        putTarget(buffer, link);
        sendAndCheckExtendedCommandStatus(buffer);
    }
}

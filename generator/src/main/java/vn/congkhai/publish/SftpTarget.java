package vn.congkhai.publish;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a commune's site is published: {@code sftp://[user@]host[:port]/folder}. The web server serves
 * {@code folder/current}; the releases live in {@code folder/releases}.
 */
public record SftpTarget(String user, String host, int port, String folder) {

    public static final int DEFAULT_PORT = 22;

    /** Reads {@code sftp://[user@]host[:port]/folder}. */
    public static SftpTarget parse(String address) throws PublishException {
        String example = " Cách sửa: viết ví dụ sftp://may-chu.thainguyen.gov.vn/srv/cong-khai/luc-ba "
                + "(thuộc tính cong-khai.dang.dich trong pom.xml).";
        if (address == null || address.isBlank()) {
            throw new PublishException("Chưa khai báo nơi đăng (cong-khai.dang.dich)." + example);
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new PublishException("Nơi đăng \"" + address + "\" không phải địa chỉ sftp://…." + example);
        }
        String path = uri.getPath();
        if (!"sftp".equals(uri.getScheme()) || uri.getHost() == null || path == null || path.length() < 2
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new PublishException("Nơi đăng \"" + address + "\" phải có dạng sftp://máy-chủ/thư-mục." + example);
        }
        String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new SftpTarget(uri.getUserInfo(), uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                folder);
    }

    /** {@code host} or {@code [host]:port}, as in known_hosts and in messages. */
    public String hostAndPort() {
        return port == DEFAULT_PORT ? host : "[" + host + "]:" + port;
    }

    @Override
    public String toString() {
        return "sftp://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + folder;
    }
}

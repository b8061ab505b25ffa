package vn.congkhai.province;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the province reads a commune's baked site: a folder (the commune's project, whose {@code target/site} is read,
 * or a baked site itself, as a CI artifact) or the address of its published site.
 *
 * @param given   as the province wrote it, for messages
 * @param folder  the baked site's folder, or null for an address
 * @param address the published site's address, ending in '/', or null for a folder
 */
public record CommuneSource(String given, Path folder, URI address) {

    /** A commune project's baked site, from its folder. */
    static final String BAKED = "target/site";

    /**
     * {@code given} read as an address when it starts with {@code http://} or {@code https://}, else as a folder
     * relative to {@code base}; an address not allowed is refused with its fix.
     */
    public static CommuneSource of(String given, Path base) throws UnreadableCommuneException {
        String text = given.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            URI uri;
            try {
                uri = new URI(text.endsWith("/") ? text : text + "/");
            } catch (URISyntaxException e) {
                throw new UnreadableCommuneException(given, "địa chỉ không đúng dạng. Cách làm: ghi địa chỉ trang "
                        + "của xã như https://lucba.thainguyen.gov.vn.");
            }
            if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new UnreadableCommuneException(given, "địa chỉ không đúng dạng. Cách làm: ghi địa chỉ trang "
                        + "của xã như https://lucba.thainguyen.gov.vn.");
            }
            if (lower.startsWith("http://") && !isLoopback(uri.getHost())) {
                throw new UnreadableCommuneException(given, "địa chỉ không dùng HTTPS, dữ liệu có thể bị sửa trên "
                        + "đường truyền. Cách làm: ghi địa chỉ bắt đầu bằng https://.");
            }
            return new CommuneSource(given, null, uri);
        }
        Path folder = base.resolve(text).toAbsolutePath().normalize();
        if (Files.isDirectory(folder.resolve(BAKED))) {
            folder = folder.resolve(BAKED);
        }
        return new CommuneSource(given, folder, null);
    }

    /** Plain HTTP only to this computer (a preview, a test server): nothing crosses a network unprotected. */
    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    public boolean isWeb() {
        return address != null;
    }
}

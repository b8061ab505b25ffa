package vn.congkhai.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * What keeps the editor to the officer at this computer: it answers only to this computer's own names (a web page
 * elsewhere cannot reach it by a name that points here, DNS rebinding), takes a change only from its own pages (the
 * browser's Origin) carrying the token of the officer's session (CSRF).
 */
final class EditorGuard {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EditorGuard() {
    }

    /** Whether a request's {@code Host} header names this computer (with any port). */
    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int port = name.lastIndexOf(':');
        if (port > name.lastIndexOf(']')) {
            if (!name.substring(port + 1).matches("\\d{1,5}")) {
                return false;
            }
            name = name.substring(0, port);
        }
        return LOCAL.contains(name);
    }

    /**
     * Whether a change comes from the editor's own pages: a browser names the page's origin on every form it sends,
     * which must be this server as the officer reached it. A request with no Origin (not from a browser) passes here;
     * the session's token still decides.
     */
    static boolean sameOrigin(String origin, String host) {
        return origin == null || origin.equals("http://" + host);
    }

    /** A new session token: 256 random bits. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code sent} is the session's token, compared in constant time. */
    static boolean tokenMatches(String expected, String sent) {
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}

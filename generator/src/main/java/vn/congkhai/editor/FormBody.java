package vn.congkhai.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form as a browser sends it ({@code application/x-www-form-urlencoded}, UTF-8), read by the editor itself: a list
 * at the bake's limit has over a hundred thousand fields, far past what Jetty reads for a servlet by default, and the
 * editor bounds the form by its size alone.
 */
final class FormBody {

    private FormBody() {
    }

    /** Each field's first value, in order; empty when the form is longer than {@code maxBytes}. */
    static Optional<Map<String, String>> read(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return Optional.empty();
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // a broken escape is no field of the editor's forms
            }
        }
        return Optional.of(form);
    }
}

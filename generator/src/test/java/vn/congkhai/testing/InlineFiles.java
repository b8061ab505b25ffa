package vn.congkhai.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a test site written in the test itself, in the txtar form of Go's and Hugo's tests: each file starts
 * with a line {@code -- path --} and holds the lines up to the next such line, so that the test shows every line of
 * the content it checks, and the line numbers of the messages it pins can be counted on the page.
 *
 * <pre>{@code
 * -- content/thong-bao/hop.md --
 * title=Họp dân xóm Nà Rẻo
 * ~~~~~~
 * Nội dung.
 * }</pre>
 */
public final class InlineFiles {

    private static final Pattern HEADER = Pattern.compile("^-- (\\S.*?) --$", Pattern.MULTILINE);

    private InlineFiles() {
    }

    /** Each file's path (relative to the site folder) and text, in the order written; text before the first is a comment. */
    public static Map<String, String> parse(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(text);
        String path = null;
        int start = 0;
        while (header.find()) {
            if (path != null) {
                put(files, path, text.substring(start, header.start()));
            }
            path = header.group(1);
            start = Math.min(text.length(), header.end() + 1);
        }
        if (path == null) {
            throw new IllegalArgumentException("no file: each starts with a line \"-- path --\"");
        }
        put(files, path, text.substring(start));
        return files;
    }

    private static void put(Map<String, String> files, String path, String text) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("a path inside the site is expected: " + path);
        }
        if (files.put(path, text) != null) {
            throw new IllegalArgumentException("file written twice: " + path);
        }
    }
}

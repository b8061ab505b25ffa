package vn.congkhai.preview;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A page served by Jetty, kept in memory instead of sent, so that the preview can add its script
 * ({@link LiveReload}) before sending it. The request it answers is asked without conditions (no
 * {@code If-Modified-Since}), so that the whole page is served, never "not modified".
 */
final class CapturedPage extends HttpServletResponseWrapper {

    private static final Set<String> CONDITIONS = Set.of("if-modified-since", "if-none-match", "if-unmodified-since",
            "if-match", "if-range", "range");

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedPage(HttpServletResponse response) {
        super(response);
    }

    /** {@code request} without the headers that let a server answer "not modified" or with part of the file. */
    static HttpServletRequest unconditional(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                        : super.getHeaders(name);
            }

            @Override
            public long getDateHeader(String name) {
                return CONDITIONS.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                List<String> names = Collections.list(super.getHeaderNames());
                names.removeIf(n -> CONDITIONS.contains(n.toLowerCase(Locale.ROOT)));
                return Collections.enumeration(names);
            }
        };
    }

    /** Whether what was served is an HTML page. */
    boolean html() {
        String type = getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /** What was served, as text (pages are UTF-8). */
    String text() {
        if (writer != null) {
            writer.flush();
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** What was served, as bytes. */
    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the preview serves pages as a whole");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the length is the page's with the script, set when it is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // as above
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the page is whole
    }
}

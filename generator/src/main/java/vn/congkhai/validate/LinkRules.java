package vn.congkhai.validate;

import vn.congkhai.attachment.Attachments;
import vn.congkhai.content.Checks;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.RowNames;
import vn.congkhai.text.Markdown;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Links must be safe and lead somewhere. Only {@code http}, {@code https}, {@code mailto}, {@code tel} and addresses
 * inside the site are allowed ({@code javascript:}, {@code data:}, {@code file:} in any spelling are refused); images
 * come from the site itself (an image from another site is refused, or only warned about when the commune chose
 * so); a Markdown link to a page, an attachment or an asset, and every {@code minh_chung} (evidence) of a plan, must
 * name a page or file the bake will publish. A file inside {@code content/} that a published text links to is
 * published with it, after the checks of {@link Attachments}.
 */
public final class LinkRules {

    /** Schemes a link may have; anything else (javascript, vbscript, data, file, …) is refused. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private final Set<String> pages;
    private final Attachments attachments;
    private final boolean outsideImagesWarned;
    private final Markdown markdown;

    /**
     * @param pages               every page address the bake will write (published disclosures and generated pages)
     * @param attachments         the files of content/ and assets/, checked and published when a text links to them
     * @param outsideImagesWarned whether an image from another site is only a warning (default: an error)
     * @param markdown            the bake's Markdown, which keeps a published text's tree for its page
     */
    public LinkRules(Set<String> pages, Attachments attachments, boolean outsideImagesWarned, Markdown markdown) {
        this.pages = pages;
        this.attachments = attachments;
        this.outsideImagesWarned = outsideImagesWarned;
        this.markdown = markdown;
    }

    /** Checks a published disclosure's links, and publishes the files it links to. */
    public void check(Disclosure d, Problems problems) {
        SourceDocument doc = d.source();
        if (doc.markdownBody() != null) {
            visit(markdown.parseToRender(doc.markdownBody()),
                    (url, node, image) -> checkLink(d, url, node, image, problems));
        } else {
            checkEvidence(d, doc.metadata(), "", "", problems);
        }
    }

    /** Notes the files a text that is not published (a draft) links to, so that they do not count as stray. */
    public void noteFiles(Disclosure d) {
        if (d.source().markdownBody() != null) {
            visit(markdown.parse(d.source().markdownBody()), (url, node, image) -> resolve(d.uri(), url)
                    .ifPresent(target -> attachments.name(d.source().contentPath(), "/" + target)));
        }
    }

    private interface LinkVisitor {
        void link(String url, Node node, boolean image);
    }

    private static void visit(Node root, LinkVisitor visitor) {
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> visitor.link(link.getUrl().toString(), link, false)),
                new VisitHandler<>(AutoLink.class, link -> visitor.link(link.getUrl().toString(), link, false)),
                new VisitHandler<>(Reference.class, ref -> visitor.link(ref.getUrl().toString(), ref, false)),
                new VisitHandler<>(Image.class, image -> visitor.link(image.getUrl().toString(), image, true)))
                .visit(root);
    }

    private void checkLink(Disclosure d, String url, Node node, boolean image, Problems problems) {
        SourceDocument doc = d.source();
        int line = doc.bodyLine() + node.getLineNumber();
        String scheme = scheme(url);
        if (scheme != null && !SCHEMES.contains(scheme)) {
            problems.add(doc.path(), line, "(liên kết)", "liên kết \"" + shorten(url) + "\" có dạng \"" + scheme
                    + ":\" không được dùng trên trang công khai. Cách sửa: chỉ dùng địa chỉ bắt đầu bằng https://, "
                    + "http://, mailto: hoặc tel:, hoặc địa chỉ một trang, một tệp của trang web.");
            return;
        }
        boolean outside = scheme != null || url.strip().startsWith("//");
        if (image && outside) {
            String message = "ảnh \"" + shorten(url) + "\" lấy từ trang web khác: trang ngoài biết được ai đọc trang "
                    + "của xã, và ảnh có thể đổi hoặc mất. Cách sửa: tải ảnh về, đặt cạnh tệp này và viết "
                    + "![mô tả ảnh](ten-anh.jpg).";
            if (outsideImagesWarned) {
                problems.warn(doc.path(), line, "(ảnh)", message);
            } else {
                problems.add(doc.path(), line, "(ảnh)", message);
            }
            return;
        }
        Optional<String> target = resolve(d.uri(), url);
        if (target.isEmpty()) {
            return;
        }
        if (!target.get().startsWith("..") && !pages.contains(target.get())) {
            Attachments.Named file = attachments.name(doc.contentPath(), "/" + target.get());
            if (file.found()) {
                attachments.publish(file.sitePath());
                return;
            }
            if (!file.missing()) {
                problems.add(doc.path(), line, "(liên kết)", file.refusal());
                return;
            }
        }
        if (!pages.contains(target.get())) {
            problems.add(doc.path(), line, "(liên kết)",
                    "liên kết \"" + url + "\" dẫn tới trang không có trên trang web. Cách sửa: sửa địa chỉ cho đúng "
                            + "(ví dụ ../ho-ngheo/2024-chinh-thuc.html) hoặc bỏ liên kết.");
        }
    }

    /**
     * The scheme of a link as a browser reads it (lower case, ignoring the spaces and control characters a browser
     * ignores, so {@code " Java\tScript:"} is {@code javascript}), or null for an address without one.
     */
    static String scheme(String url) {
        String squeezed = org.jsoup.parser.Parser.unescapeEntities(url, false).replaceAll("[\\x00-\\x20\\x7F]+", "").toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = SCHEME.matcher(squeezed);
        return m.find() ? m.group(1) : null;
    }

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 57) + "…" : url;
    }

    private void checkEvidence(Disclosure d, JsonNode node, String pointer, String field, Problems problems) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String childPointer = pointer + "/" + f.getKey();
                String childField = field.isEmpty() ? f.getKey() : field + "." + f.getKey();
                if (f.getKey().equals("minh_chung") && (f.getValue().isArray() || f.getValue().isTextual())) {
                    JsonNode list = f.getValue().isTextual()
                            ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(f.getValue())
                            : f.getValue();
                    for (int i = 0; i < list.size(); i++) {
                        String address = list.get(i).asText();
                        Optional<String> target = evidence(address);
                        if (target.isPresent() && !pages.contains(target.get()) && !published(d, target.get())) {
                            problems.add(d.source().path(), d.source().lineOf(f.getValue().isTextual()
                                            ? childPointer : childPointer + "/" + i),
                                    RowNames.field(d.source(), childField + "[" + i + "]"), "minh chứng \"" + address + "\" không phải trang có "
                                            + "trên trang web. Cách sửa: ghi địa chỉ trang của văn bản đã đăng, "
                                            + "ví dụ \"ho-ngheo/2024-chinh-thuc.html\".");
                        }
                    }
                } else {
                    checkEvidence(d, f.getValue(), childPointer, childField, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkEvidence(d, node.get(i), pointer + "/" + i, field + "[" + i + "]", problems);
            }
        }
    }

    /** Whether a site path names a file that may be published, which is then published. */
    private boolean published(Disclosure d, String sitePath) {
        Attachments.Named file = attachments.name(d.source().contentPath(), "/" + sitePath);
        if (file.found()) {
            attachments.publish(file.sitePath());
        }
        return file.found();
    }

    /** An evidence address as a site path: {@code /ho-ngheo/2024.html}, {@code ho-ngheo/2024} or the source file name. */
    static Optional<String> evidence(String address) {
        String a = address.strip();
        if (a.matches("(?i)https?://.*")) {
            return Optional.empty();
        }
        a = a.startsWith("/") ? a.substring(1) : a;
        a = a.replaceFirst("[#?].*$", "");
        if (a.endsWith(".json") || a.endsWith(".md")) {
            a = a.substring(0, a.lastIndexOf('.')) + ".html";
        } else if (a.isEmpty() || a.endsWith("/")) {
            a = a + "index.html";
        } else if (!a.substring(a.lastIndexOf('/') + 1).contains(".")) {
            a = a + ".html";
        }
        return Optional.of(a);
    }

    /** A Markdown link as a site path, or empty for links outside the site (http, mailto, tel, #anchor). */
    static Optional<String> resolve(String fromUri, String url) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || scheme(u) != null || u.startsWith("//")) {
            return Optional.empty();
        }
        u = u.replaceFirst("[#?].*$", "");
        String folder = fromUri.contains("/") ? fromUri.substring(0, fromUri.lastIndexOf('/') + 1) : "";
        String joined = u.startsWith("/") ? u.substring(1) : folder + u;
        Path normal = Path.of(joined.isEmpty() ? "." : joined).normalize();
        String path = normal.toString().replace('\\', '/');
        if (path.startsWith("..")) {
            return Optional.of(path);
        }
        if (u.endsWith("/") || path.isEmpty() || path.equals(".")) {
            path = (path.isEmpty() || path.equals(".") ? "" : path + "/") + "index.html";
        }
        return Optional.of(path);
    }
}

package vn.congkhai.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.Disclosure;
import vn.congkhai.render.Markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links inside the site must lead somewhere: a Markdown link to a page, an attachment or an asset, and every
 * {@code minh_chung} (evidence) of a plan, must name a page or file the bake will publish.
 */
public final class LinkRules {

    private static final Parser PARSER = Parser.builder(PegdownOptionsAdapter.flexmarkOptions(Markdown.EXTENSIONS)).build();

    private final Set<String> pages;
    private final Set<String> contentFiles;
    private final Path assetsDir;

    /**
     * @param pages        every page address the bake will write (published disclosures and generated pages)
     * @param contentFiles every file under content/, by content path (attachments are copied as they are)
     */
    public LinkRules(Set<String> pages, Set<String> contentFiles, Path assetsDir) {
        this.pages = pages;
        this.contentFiles = contentFiles;
        this.assetsDir = assetsDir;
    }

    public void check(Disclosure d, Problems problems) {
        SourceDocument doc = d.source();
        if (doc.markdownBody() != null) {
            Node root = PARSER.parse(doc.markdownBody());
            NodeVisitor visitor = new NodeVisitor(
                    new VisitHandler<>(Link.class, link -> checkLink(d, link.getUrl().toString(), link, problems)),
                    new VisitHandler<>(Image.class, image -> checkLink(d, image.getUrl().toString(), image, problems)));
            visitor.visit(root);
        } else {
            checkEvidence(d, doc.metadata(), "", "", problems);
        }
    }

    private void checkLink(Disclosure d, String url, Node node, Problems problems) {
        Optional<String> target = resolve(d.uri(), url);
        if (target.isPresent() && !exists(target.get())) {
            problems.add(d.source().path(), d.source().bodyLine() + node.getLineNumber(), "(liên kết)",
                    "liên kết \"" + url + "\" dẫn tới trang không có trên trang web. Cách sửa: sửa địa chỉ cho đúng "
                            + "(ví dụ ../ho-ngheo/2024-chinh-thuc.html) hoặc bỏ liên kết.");
        }
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
                        if (target.isPresent() && !exists(target.get())) {
                            problems.add(d.source().path(), d.source().lineOf(f.getValue().isTextual()
                                            ? childPointer : childPointer + "/" + i),
                                    childField + "[" + i + "]", "minh chứng \"" + address + "\" không phải trang có "
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
        if (u.isEmpty() || u.startsWith("#") || u.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || u.startsWith("//")) {
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

    private boolean exists(String sitePath) {
        return pages.contains(sitePath) || contentFiles.contains(sitePath)
                || (!sitePath.startsWith("..") && Files.isRegularFile(assetsDir.resolve(sitePath)));
    }
}

package vn.congkhai.it;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

/** What a released POM says, with what it inherits from its parents in the same repository. */
final class PomMetadata {

    private PomMetadata() {
    }

    /** The text of {@code path} (elements separated by {@code /}) in the POM or the nearest parent that has it. */
    static String inherited(Path repository, Path pom, String path) throws Exception {
        Element project = parse(pom).getDocumentElement();
        String own = text(project, path);
        if (!own.isBlank()) {
            return own;
        }
        Element parent = child(project, "parent");
        if (parent == null) {
            return "";
        }
        String group = text(parent, "groupId");
        String artifact = text(parent, "artifactId");
        String version = text(parent, "version");
        Path parentPom = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        return inherited(repository, parentPom, path);
    }

    static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Element element, String path) {
        Element current = element;
        for (String name : path.split("/")) {
            current = child(current, name);
            if (current == null) {
                return "";
            }
        }
        return current.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}

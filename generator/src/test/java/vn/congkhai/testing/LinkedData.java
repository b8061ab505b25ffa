package vn.congkhai.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON-LD of baked pages and catalogues and checks the properties each type used requires: DCAT-AP's
 * mandatory ones for a catalogue, its datasets and their distributions; for schema.org, what a portal or search engine
 * needs of each type the site uses. Every node with a {@code @type} is checked, at any depth.
 */
public final class LinkedData {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The required properties by {@code @type}; a type not listed here is a type the site does not use. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("dcat:Catalog", List.of("dct:title", "dct:description", "dct:publisher", "dcat:dataset")),
            Map.entry("dcat:Dataset", List.of("dct:title", "dct:description", "dcat:distribution")),
            Map.entry("dcat:Distribution", List.of("dcat:accessURL", "dcat:downloadURL", "dcat:mediaType")),
            Map.entry("foaf:Agent", List.of("foaf:name")),
            Map.entry("GovernmentOrganization", List.of("name", "url", "address", "telephone", "email")),
            Map.entry("PostalAddress", List.of("streetAddress", "addressCountry")),
            Map.entry("AdministrativeArea", List.of("name")),
            Map.entry("Organization", List.of("name")),
            Map.entry("GovernmentService", List.of("name", "identifier", "url", "provider", "offers")),
            Map.entry("Offer", List.of("name", "price", "priceCurrency")),
            Map.entry("Audience", List.of("audienceType")),
            Map.entry("ServiceChannel", List.of("serviceUrl")),
            Map.entry("Dataset", List.of("name", "description", "url", "datePublished", "dateModified", "publisher",
                    "distribution")),
            Map.entry("DataDownload", List.of("contentUrl", "encodingFormat")),
            Map.entry("DataCatalog", List.of("name", "url")),
            Map.entry("DigitalDocument", List.of("name", "description", "url", "datePublished", "dateModified",
                    "publisher")));

    private LinkedData() {
    }

    /** The JSON-LD blocks of an HTML page, parsed. */
    public static List<JsonNode> ofPage(String html) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
            blocks.add(parse(script.data()));
        }
        return blocks;
    }

    /**
     * The scripts of a page that a browser would run: every {@code <script>} but the JSON-LD data blocks, which it
     * never runs.
     */
    public static List<Element> executableScripts(Document page) {
        return page.select("script").stream().filter(s -> !isJsonLd(s)).toList();
    }

    public static boolean isJsonLd(Element script) {
        return script.attr("type").equalsIgnoreCase("application/ld+json");
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code root} lacks, one line per missing property ({@code "Dataset at $.x: description"}), or a type the
     * checker does not know; empty when every node has what its type requires.
     */
    public static List<String> missing(JsonNode root) {
        List<String> found = new ArrayList<>();
        walk(root, "$", found);
        return found;
    }

    private static void walk(JsonNode node, String at, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "[" + i + "]", found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        // a typed literal's @type is its datatype (xsd:date), not a node's type
        if (node.has("@type") && !node.has("@value")) {
            String type = node.get("@type").asText();
            List<String> required = REQUIRED.get(type);
            if (required == null) {
                found.add(type + " at " + at + ": a type the checker does not know");
            } else {
                required.stream().filter(p -> !present(node.get(p))).forEach(p -> found.add(type + " at " + at + ": " + p));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getKey().equals("@context")) {
                walk(f.getValue(), at + "." + f.getKey(), found);
            }
        }
    }

    /** A value that says something: not missing, null, blank, an empty list or a literal without its value. */
    private static boolean present(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isBlank();
        }
        if (value.isArray()) {
            return !value.isEmpty();
        }
        if (value.isObject()) {
            return value.has("@value") ? present(value.get("@value")) : value.size() > 0
                    && (!value.has("@id") || present(value.get("@id")));
        }
        return true;
    }
}

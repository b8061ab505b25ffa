package vn.congkhai.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.config.Commune;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * The commune's open data as a DCAT-AP catalogue ({@code dcat.jsonld}), what CKAN and national data portals harvest:
 * the catalogue with its title, description, publisher and datasets; each dataset with its title, description,
 * number, dates and landing page; each of its files (CSV, JSON) as a distribution with its access and download
 * addresses and media type. Dates come from the content and the bake date, never from the clock.
 */
public final class DcatCatalog {

    public static final String PATH = SitePages.CATALOG;

    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private DcatCatalog() {
    }

    /** The catalogue of {@code datasets} (each a disclosure with open data), as of {@code bakeDate}. */
    public static ObjectNode of(Commune commune, LocalDate bakeDate, List<Described> datasets) {
        ObjectNode catalog = JsonLd.object();
        ObjectNode context = catalog.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#").put("dct", "http://purl.org/dc/terms/")
                .put("foaf", "http://xmlns.com/foaf/0.1/").put("xsd", "http://www.w3.org/2001/XMLSchema#");
        catalog.put("@id", SchemaOrg.url(commune, PATH)).put("@type", "dcat:Catalog");
        catalog.set("dct:title", vietnamese("Dữ liệu mở của " + commune.committee()));
        catalog.set("dct:description", vietnamese("Danh sách, bảng số liệu " + commune.committee()
                + " công khai theo Luật Thực hiện dân chủ ở cơ sở, tải về được dạng CSV và JSON."));
        catalog.set("dct:publisher", publisher(commune));
        catalog.set("dct:language", id(EU + "language/VIE"));
        catalog.set("foaf:homepage", id(commune.siteAddress() + "/"));
        catalog.set("dct:modified", day(bakeDate));
        ArrayNode list = catalog.putArray("dcat:dataset");
        datasets.forEach(d -> list.add(dataset(commune, d)));
        return catalog;
    }

    private static ObjectNode dataset(Commune commune, Described d) {
        Dataset data = d.dataset();
        ObjectNode node = JsonLd.object().put("@id", SchemaOrg.url(commune, d.doc().uri()))
                .put("@type", "dcat:Dataset");
        node.set("dct:title", vietnamese(d.doc().title()));
        node.set("dct:description", vietnamese(d.description()));
        node.put("dct:identifier", d.doc().number() != null ? d.doc().number() : data.name());
        node.set("dct:issued", day(d.doc().date()));
        node.set("dct:modified", day(d.modified()));
        node.set("dct:publisher", publisher(commune));
        node.set("dct:language", id(EU + "language/VIE"));
        node.set("dcat:keyword", vietnamese(d.doc().type().sectionName()));
        node.set("dcat:landingPage", id(SchemaOrg.url(commune, d.doc().uri())));
        ArrayNode files = node.putArray("dcat:distribution");
        files.add(distribution(commune, d, data.path(), "CSV", "text/csv"));
        files.add(distribution(commune, d, data.jsonPath(), "JSON", "application/json"));
        return node;
    }

    private static ObjectNode distribution(Commune commune, Described d, String path, String format, String media) {
        ObjectNode node = JsonLd.object().put("@id", SchemaOrg.url(commune, path)).put("@type", "dcat:Distribution");
        node.set("dct:title", vietnamese(d.doc().title() + " (" + format + ")"));
        node.set("dcat:accessURL", id(SchemaOrg.url(commune, d.doc().uri())));
        node.set("dcat:downloadURL", id(SchemaOrg.url(commune, path)));
        node.set("dcat:mediaType", id(IANA + media));
        node.set("dct:format", id(EU + "file-type/" + format));
        return node;
    }

    private static ObjectNode publisher(Commune commune) {
        ObjectNode agent = JsonLd.object().put("@id", commune.siteAddress() + "/#uy-ban").put("@type", "foaf:Agent");
        agent.set("foaf:name", vietnamese(commune.committee()));
        return agent;
    }

    private static ObjectNode vietnamese(String text) {
        return JsonLd.object().put("@value", text).put("@language", "vi");
    }

    private static ObjectNode id(String iri) {
        return JsonLd.object().put("@id", iri);
    }

    private static ObjectNode day(LocalDate date) {
        return JsonLd.object().put("@value", JsonLd.day(date)).put("@type", "xsd:date");
    }
}

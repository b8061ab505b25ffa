package vn.congkhai.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.config.Commune;
import vn.congkhai.kind.PublicService;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;

/**
 * The schema.org description of a page, for search engines and portals: the commune as a
 * {@code GovernmentOrganization} on the home page; on a disclosure's page a {@code GovernmentService} with its fees
 * for a procedure, a {@code Dataset} with its downloads for a list, else a {@code DigitalDocument}, each with the
 * document's number ({@code so_hieu}) and dates (issued, changed, in force from).
 */
public final class SchemaOrg {

    private static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {
    }

    /** The home page's: the commune's People's Committee and how to reach it. */
    public static ObjectNode home(Commune commune) {
        ObjectNode org = JsonLd.object().put("@context", CONTEXT);
        org.setAll(organization(commune));
        return org;
    }

    /** A disclosure's page's. */
    public static ObjectNode page(Commune commune, Described d) {
        ObjectNode node = JsonLd.object().put("@context", CONTEXT);
        if (d.service() != null) {
            node.setAll(service(commune, d.service(), d));
        } else if (d.dataset() != null) {
            node.setAll(dataset(commune, d));
        } else {
            node.setAll(document(commune, d));
        }
        return node;
    }

    static ObjectNode organization(Commune commune) {
        ObjectNode org = JsonLd.object()
                .put("@type", "GovernmentOrganization")
                .put("@id", commune.siteAddress() + "/#uy-ban")
                .put("name", commune.committee())
                .put("url", commune.siteAddress() + "/");
        org.putObject("address").put("@type", "PostalAddress").put("streetAddress", commune.address())
                .put("addressRegion", "Tỉnh " + commune.province()).put("addressCountry", "VN");
        org.put("telephone", commune.phone()).put("email", commune.email());
        org.putObject("areaServed").put("@type", "AdministrativeArea")
                .put("name", commune.title() + ", tỉnh " + commune.province());
        return org;
    }

    /** A procedure: what it is, who handles it, its fees in đồng; the page that publishes it as its subject. */
    private static ObjectNode service(Commune commune, PublicService s, Described d) {
        ObjectNode node = JsonLd.object()
                .put("@type", "GovernmentService")
                .put("name", s.name())
                .put("identifier", s.code())
                .put("url", url(commune, d.doc().uri()));
        if (s.field() != null) {
            node.put("serviceType", s.field());
        }
        node.set("provider", organization(commune));
        node.set("areaServed", organization(commune).get("areaServed"));
        if (s.audience() != null) {
            node.putObject("audience").put("@type", "Audience").put("audienceType", s.audience());
        }
        if (s.online() != null) {
            node.putObject("availableChannel").put("@type", "ServiceChannel").put("serviceUrl", s.online());
        }
        ArrayNode offers = node.putArray("offers");
        for (PublicService.Fee fee : s.fees()) {
            ObjectNode offer = offers.addObject().put("@type", "Offer").put("name", fee.name())
                    .put("price", fee.amount()).put("priceCurrency", "VND");
            if (fee.note() != null) {
                offer.put("description", fee.note());
            }
        }
        // the page that publishes it: its publisher is the provider above, named by its @id rather than again
        ObjectNode page = document(commune, d);
        page.putObject("publisher").put("@id", organization(commune).get("@id").asText());
        node.set("subjectOf", page);
        return node;
    }

    /** A list or table: its downloads, in the site's catalogue of open data. */
    private static ObjectNode dataset(Commune commune, Described d) {
        ObjectNode node = dated(commune, "Dataset", d).put("description", d.description());
        Dataset data = d.dataset();
        node.put("isAccessibleForFree", true);
        ArrayNode downloads = node.putArray("distribution");
        downloads.addObject().put("@type", "DataDownload").put("encodingFormat", "text/csv")
                .put("contentUrl", url(commune, data.path()));
        downloads.addObject().put("@type", "DataDownload").put("encodingFormat", "application/json")
                .put("contentUrl", url(commune, data.jsonPath()));
        node.putObject("includedInDataCatalog").put("@type", "DataCatalog")
                .put("name", "Dữ liệu mở của " + commune.committee())
                .put("url", url(commune, SitePages.OPEN_DATA));
        return node;
    }

    private static ObjectNode document(Commune commune, Described d) {
        return dated(commune, "DigitalDocument", d).put("description", d.description());
    }

    /** What every disclosure says of itself: its title, address, number, dates, issuer and publisher. */
    private static ObjectNode dated(Commune commune, String type, Described d) {
        Disclosure doc = d.doc();
        ObjectNode node = JsonLd.object().put("@type", type).put("name", doc.title())
                .put("url", url(commune, doc.uri()));
        if (doc.number() != null) {
            node.put("identifier", doc.number());
        }
        node.put("datePublished", JsonLd.day(doc.date())).put("dateModified", JsonLd.day(d.modified()))
                .put("inLanguage", "vi");
        if (doc.effective() != null) {
            // In force from that day on: an open-ended ISO 8601 interval, which schema.org's temporalCoverage takes on
            // every CreativeWork (legislationDateOfApplicability is for Legislation, which these pages are not).
            node.put("temporalCoverage", JsonLd.day(doc.effective()) + "/..");
        }
        node.putObject("creator").put("@type", "Organization").put("name", doc.issuer());
        node.set("publisher", organization(commune));
        return node;
    }

    static String url(Commune commune, String path) {
        return commune.siteAddress() + "/" + path;
    }
}

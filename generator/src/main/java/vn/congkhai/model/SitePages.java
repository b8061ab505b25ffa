package vn.congkhai.model;

import java.util.List;
import java.util.Set;

/** Addresses of the pages the site makes itself, which content files may link to but not take. */
public final class SitePages {

    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String ARTICLE_11 = "cong-khai-theo-dieu-11/index.html";
    public static final String FEES = "thu-tuc/phi-le-phi.html";
    public static final String OPEN_DATA = "du-lieu-mo/index.html";
    public static final String DATA_PACKAGE = "datapackage.json";
    /** The open data as a DCAT-AP catalogue, for data portals to harvest. */
    public static final String CATALOG = "dcat.jsonld";
    public static final String QUARTERLY = "danh-muc-cong-khai/index.html";
    public static final String SCHEMAS = "schemas/";
    public static final String COMPLIANCE = "tuan-thu/index.html";
    /** The compliance report as data, for the province's view of its communes. */
    public static final String COMPLIANCE_DATA = "tuan-thu/tuan-thu.json";
    public static final String SEARCH = "tim-kiem/index.html";
    public static final String SEARCH_INDEX = "tim-kiem/chi-muc.json";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** Answers to citizens across all answer lists, by topic and by hamlet. */
    public static final String ANSWERS_INDEX = "tra-loi/tra-cuu.html";
    /** The site's Atom feed: every new disclosure. */
    public static final String FEED = "feed.xml";
    /** The hamlets the content names, each with its page and feed. */
    public static final String HAMLETS = "xom/index.html";

    /** The pages and the feed the site makes whatever its content holds. */
    public static final List<String> OWN_PAGES = List.of(HOME, NOT_FOUND, ARTICLE_11, OPEN_DATA, QUARTERLY,
            COMPLIANCE, SEARCH, FEED);
    /** The site's files about itself, made from the rest. */
    public static final List<String> SITE_FILES = List.of(DATA_PACKAGE, CATALOG, COMPLIANCE_DATA, SEARCH_INDEX,
            SITEMAP, ROBOTS);

    private SitePages() {
    }

    /** Folders the site writes pages into: no content file may sit at the same address. */
    public static final Set<String> GENERATED_FOLDERS = Set.of("cong-khai-theo-dieu-11", "du-lieu-mo",
            "danh-muc-cong-khai", "schemas", "css", "tuan-thu", "tim-kiem", "js", "xom");

    /** The JSON Schema of a type's published fields: {@code schemas/ho-ngheo.schema.json}. */
    public static String schema(DisclosureType type) {
        return SCHEMAS + type.code() + ".schema.json";
    }

    public static String section(DisclosureType type) {
        return type.code() + "/index.html";
    }

    /** The Atom feed of a section: {@code ho-ngheo/feed.xml}. */
    public static String sectionFeed(String code) {
        return code + "/" + FEED;
    }

    /** The page of a hamlet ({@link Hamlet#slug}): what was disclosed about it, {@code xom/goc-vai.html}. */
    public static String hamlet(String slug) {
        return "xom/" + slug + ".html";
    }

    /** The Atom feed of a hamlet: {@code xom/goc-vai.xml}. */
    public static String hamletFeed(String slug) {
        return "xom/" + slug + ".xml";
    }

    /** The printout of a page, e.g. {@code ho-ngheo/2024.pdf} for {@code ho-ngheo/2024.html}. */
    public static String pdf(String uri) {
        return replacingHtml(uri, ".pdf");
    }

    /** {@code uri} with its {@code .html} ending replaced by {@code ending} (unchanged without one). */
    private static String replacingHtml(String uri, String ending) {
        return uri.endsWith(".html") ? uri.substring(0, uri.length() - ".html".length()) + ending : uri;
    }

    /** The posting records of a disclosure's page, to print and sign. */
    public static String postingRecords(String uri) {
        return replacingHtml(uri, "-bien-ban-niem-yet.pdf");
    }

    /** A disclosure's printouts: its page's, then its posting records' when it has a posting period. */
    public static List<String> printouts(Disclosure d) {
        return d.posting() != null && d.posting().from() != null
                ? List.of(pdf(d.uri()), postingRecords(d.uri())) : List.of(pdf(d.uri()));
    }

    /** A plan's report for a period, e.g. {@code ke-hoach/papi-2024-bao-cao-2024-q2.html}. */
    public static String planReport(String planUri, String periodCode) {
        return planUri.replaceFirst("\\.html$", "") + "-bao-cao-" + periodCode.toLowerCase(java.util.Locale.ROOT) + ".html";
    }

    /**
     * The answers of one topic ({@code linh-vuc}) or hamlet ({@code xom}) across all answer lists, e.g.
     * {@code tra-loi/linh-vuc-dat-dai.html}; {@code slug} is the name folded, words joined by hyphens.
     */
    public static String answers(String by, String slug) {
        return "tra-loi/" + by + "-" + slug + ".html";
    }

    /** Whether a content page's address is one the site makes for answers ({@link #ANSWERS_INDEX}, {@link #answers}). */
    public static boolean isAnswersPage(String uri) {
        return uri.equals(ANSWERS_INDEX) || uri.startsWith("tra-loi/linh-vuc-") || uri.startsWith("tra-loi/xom-");
    }

    /** The quarterly disclosure list of a quarter, e.g. {@code danh-muc-cong-khai/2024-q1.html}. */
    public static String quarter(int year, int quarter) {
        return "danh-muc-cong-khai/" + year + "-q" + quarter + ".html";
    }
}

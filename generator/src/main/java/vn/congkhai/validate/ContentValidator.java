package vn.congkhai.validate;

import vn.congkhai.attachment.FileKind;
import vn.congkhai.attachment.Attachments;
import vn.congkhai.content.Checks;
import vn.congkhai.content.LocatedJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import vn.congkhai.config.Commune;
import vn.congkhai.problem.Problem;
import vn.congkhai.text.PureMemo;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.ContentReader;
import vn.congkhai.content.ContentTree;
import vn.congkhai.content.Format;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Hamlet;
import vn.congkhai.model.RowNames;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.types.ContentTypes;

import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Second stage of the pipeline: checks everything that was read (metadata, personal data, the type's JSON Schema,
 * the type's own rules, links between pages) and builds the site's model from what is good. Every problem goes to
 * {@code problems}; none stops the others from being found.
 */
public final class ContentValidator {

    /** Setting of jbake.properties: an image from another site is an error ({@code tu-choi}, the default) or a warning. */
    public static final String OUTSIDE_IMAGES = "anh_ngoai";

    private final SiteConfig config;
    private final ContentTree tree;
    private final Attachments attachments;
    private final Problems problems;
    private final Memo memo;

    private ContentValidator(SiteConfig config, ContentTree tree, Problems problems, Memo memo) {
        this.config = config;
        this.tree = tree;
        this.attachments = new Attachments(tree);
        this.problems = problems;
        this.memo = memo;
    }

    /**
     * Reads the content with {@code reader} and checks it into {@code problems}: what the site will publish. Each
     * document's reading, guards and schema check are taken from {@code memo} when all they read is as it was.
     */
    public static SiteContent validate(SiteConfig config, ContentReader reader, Problems problems, Memo memo) {
        return new ContentValidator(config, reader.read(memo.read), problems, memo).run(reader, new Markdown());
    }

    /**
     * What the preview keeps of the check's pure steps from one bake to the next ({@link PureMemo}), each keyed by the
     * value of all it reads: a document's reading by its place and bytes ({@link SourceDocument.Origin}); its guards
     * by those, its type and the numbers the commune publishes; its schema check by those and its type. A one-off
     * bake keeps nothing.
     */
    public static final class Memo {
        private final PureMemo<SourceDocument.Origin, ContentReader.Parsed> read;
        private final PureMemo<Guarded, Found> guards;
        private final PureMemo<Typed, Found> schema;

        private Memo(int limit) {
            this.read = PureMemo.kept(limit);
            this.guards = PureMemo.kept(limit);
            this.schema = PureMemo.kept(limit);
        }

        /** Keeps nothing (no room). */
        public static Memo none() {
            return new Memo(0);
        }

        /** Keeps the results of at most {@code documents} documents of each step. */
        public static Memo kept(int documents) {
            return new Memo(documents);
        }

        /** A new bake begins: what the bake before the last one asked for, and the last did not, is forgotten. */
        public void nextRound() {
            read.nextRound();
            guards.nextRound();
            schema.nextRound();
        }

        /** What {@code check} finds, kept under {@code key}; found afresh for a document not read from a file. */
        private static <K> Found found(PureMemo<K, Found> memo, K key, Consumer<Problems> check) {
            Function<K, Found> run = k -> {
                Problems found = new Problems();
                check.accept(found);
                return new Found(List.copyOf(found.list()), List.copyOf(found.warnings()));
            };
            return key == null ? run.apply(null) : memo.apply(key, run);
        }
    }

    /** What a check found in one document. */
    private record Found(List<Problem> problems, List<Problem> warnings) {

        void addTo(Problems into) {
            into.addAll(problems);
            into.warnAll(warnings);
        }
    }

    /** All a document's guards read: the document, the type it is guarded as, the numbers the commune publishes. */
    private record Guarded(SourceDocument.Origin origin, DisclosureType type, String phone, String hotline,
                           List<String> official) {
    }

    /** All a schema check reads: the document and its type. */
    private record Typed(SourceDocument.Origin origin, DisclosureType type) {
    }

    private SiteContent run(ContentReader reader, Markdown markdown) {
        problems.addAll(tree.problems());
        problems.warnAll(tree.warnings());
        MetadataRules metadata = new MetadataRules(config.commune(), attachments);
        List<Disclosure> disclosures = new ArrayList<>();
        List<Disclosure> readable = new ArrayList<>();
        Map<String, DisclosureData> data = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        Map<String, String> uniqueCodes = new HashMap<>();
        Set<String> namedTexts = namedTexts();
        List<SourceDocument> readableDocs = new ArrayList<>();
        List<SourceDocument> guarded = new ArrayList<>(); // every document, guarded as the type in guardedAs
        List<DisclosureType> guardedAs = new ArrayList<>();
        for (SourceDocument doc : tree.documents()) {
            Optional<Disclosure> checked = metadata.check(doc, problems).map(m -> doc.format() == Format.MARKDOWN
                    && ContentTypes.of(m.type()).isPresent()
                    // a typed Markdown disclosure (a consultation) is read, and published, with typed values
                    ? m.withSource(SchemaRules.typedHeader(doc, m.type())) : m);
            if (checked.isEmpty()) {
                // Guarded all the same, every problem of a build at once: as its header's type, or as a page (with no
                // list of people) when the site does not know that type.
                guarded.add(doc);
                guardedAs.add(DisclosureType.ofCode(doc.metadata().path("type").asText(""))
                        .orElse(DisclosureType.TRANG));
                continue;
            }
            Disclosure d = checked.get();
            String other = addresses.putIfAbsent(d.uri(), doc.path());
            if (other != null) {
                problems.add(doc.path(), 1, "(tên tệp)", "trùng địa chỉ trang với " + other
                        + ". Cách sửa: đổi tên một trong hai tệp.");
                continue;
            }
            readable.add(d);
            readableDocs.add(doc);
            guarded.add(doc);
            guardedAs.add(d.type());
        }
        for (String text : tree.texts().keySet()) {
            if (namedTexts.contains(text)) { // a full text is published inside its plan's page: guarded as any body
                guarded.add(new SourceDocument(tree.files().get(text), reader.displayPath(text), text, Format.MARKDOWN,
                        LocatedJson.of(JsonNodeFactory.instance.objectNode(), Map.of("", 1)), tree.texts().get(text),
                        1, null));
                guardedAs.add(DisclosureType.TRANG);
            }
        }
        guard(guarded, guardedAs, officialNumbers(readable));
        for (int i = 0; i < readable.size(); i++) {
            Disclosure d = readable.get(i);
            SourceDocument doc = readableDocs.get(i);
            if (ContentTypes.of(d.type()).isPresent()) {
                SourceDocument fields = d.source(); // a typed Markdown's header is made from its bytes and type
                Found schema = Memo.found(memo.schema, doc.origin() == null ? null
                        : new Typed(doc.origin(), d.type()), found -> SchemaRules.check(fields, d.type(), found));
                schema.addTo(problems);
                if (!schema.problems().isEmpty()) {
                    continue;
                }
                DisclosureData typed = ContentTypes.read(d.type(), new ReadInput(fields, Checks.of(fields, problems,
                        field -> RowNames.of(d.type()).field(fields.metadata(), field)),
                        attachments, tree.texts().keySet()));
                if (typed == null) {
                    continue;
                }
                ContentTypes.uniqueCode(d, typed).ifPresent(code -> {
                    String first = uniqueCodes.putIfAbsent(d.type().code() + "\n" + code.value(), doc.path());
                    if (first != null) {
                        problems.add(doc.path(), doc.lineOfField(code.field()), code.field(), code.usedAlready().apply(first));
                    }
                });
                data.put(d.uri(), typed);
            }
            disclosures.add(d);
        }
        for (String text : tree.texts().keySet()) {
            if (!namedTexts.contains(text)) {
                problems.add(reader.displayPath(text), 1, "(phần đầu)", "tệp Markdown không có phần đầu. Cách sửa: "
                        + "viết các dòng title=..., date=..., type=..., status=... ở đầu tệp, rồi một dòng ~~~~~~ "
                        + "trước nội dung.");
            }
        }
        SiteContent content = SiteContent.of(config, List.copyOf(disclosures), Map.copyOf(data), tree.texts(), markdown);
        // Links count pages whose own data has mistakes as existing: one mistake is reported once, where it is.
        SiteContent intended = SiteContent.of(config, List.copyOf(readable), Map.of(), tree.texts());
        Set<String> pages = pages(intended);
        Map<String, String> printouts = new HashMap<>();
        pages.addAll(typedPages(content, printouts));
        LinkRules links = new LinkRules(pages, attachments, "canh-bao".equals(
                config.properties().getProperty(OUTSIDE_IMAGES, "").strip()), content.markdown());
        Set<Disclosure> published = new HashSet<>(content.published());
        for (Disclosure d : readable) {
            if (published.contains(d)) {
                refuseTakenPrintouts(d.source(), printouts);
                links.check(d, problems);
                d.attachments().forEach(a -> attachments.publish(a.sitePath()));
                ContentTypes.namedFiles(d, content.data().get(d.uri())).forEach(attachments::publish);
            } else {
                links.noteFiles(d);
            }
        }
        checkAssets();
        checkStrayFiles();
        return content.withFiles(attachments.published());
    }

    /**
     * The guards every document goes through (personal data, characters, sizes), each as {@code types} says: each on
     * its own, on every core; the problems are kept in file and line order whatever order they are found in.
     */
    private void guard(List<SourceDocument> docs, List<DisclosureType> types, List<String> official) {
        Commune commune = config.commune();
        IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
            SourceDocument doc = docs.get(i);
            DisclosureType type = types.get(i);
            return Memo.found(memo.guards, doc.origin() == null ? null
                    : new Guarded(doc.origin(), type, commune.phone(), commune.hotline(), official), found -> {
                PersonalDataGuard.check(doc, type, commune, official, found);
                TextRules.check(doc, found);
                SizeLimits.check(doc, found);
            });
        }).toList().forEach(found -> found.addTo(problems));
    }

    /**
     * The phone numbers the commune publishes as its official contacts in the disclosures this bake shows (its
     * organisation file's), as written: public in every file, as the configuration's are.
     */
    private List<String> officialNumbers(List<Disclosure> readable) {
        return readable.stream().filter(d -> d.isShownOn(config.bakeDate(), config.draftsShown()))
                .flatMap(d -> ContentTypes.publicNumbers(d.type(), d.source()).stream()).sorted().distinct().toList();
    }

    /** The theme's files are published; documents in assets/ only when named; anything else is refused. */
    private void checkAssets() {
        tree.assets().forEach((path, file) -> {
            java.util.Optional<FileKind> kind = FileKind.of(path);
            java.util.Optional<String> refusal = FileKind.refusal(path.substring(path.lastIndexOf('/') + 1), file, true);
            if (refusal.isPresent()) {
                problems.add("assets/" + path, 1, "(tệp)", refusal.get().replace(" Cách sửa: ", " Cách sửa: xoá tệp "
                        + "khỏi assets/, hoặc "));
            } else if (kind.isPresent() && kind.get().theme()) {
                attachments.publish(path);
            }
        });
    }

    /** A file in content/ that no disclosure names would be published by mistake, or lost: both are errors. */
    private void checkStrayFiles() {
        for (String file : tree.files().keySet()) {
            if (Format.ofFileName(file) != null || attachments.isNamed(file)) {
                continue;
            }
            boolean source = file.matches("(?i).*\\.(xlsx?|xlsm|ods|csv|tsv|docx?|odt)$");
            problems.add("content/" + file, 1, "(tệp)", "tệp không được văn bản nào nêu nên không được đăng. Cách sửa: "
                    + (source ? "đây là tệp nguồn (bảng tính, văn bản Word): đặt vào thư mục nguồn ngoài content/ "
                    + "(ví dụ nguon/); nếu cần đăng, nêu tệp trong trường tep của văn bản."
                    : "nếu cần đăng, nêu tệp trong trường tep của văn bản; nếu không, xoá tệp này hoặc đặt vào thư "
                    + "mục nguồn ngoài content/ (ví dụ nguon/)."));
        }
    }


    /** Full texts named by plans ({@code toan_van}), whether or not the plan itself is valid. */
    private Set<String> namedTexts() {
        Set<String> named = new HashSet<>();
        for (SourceDocument doc : tree.documents()) {
            JsonNode text = doc.field("toan_van");
            if (text != null && text.isTextual()) {
                String folder = doc.contentPath().contains("/")
                        ? doc.contentPath().substring(0, doc.contentPath().lastIndexOf('/') + 1) : "";
                named.add(folder + text.asText());
            }
        }
        return named;
    }

    /** Every address a citizen can follow that the bake writes whatever the types' data: as the site plan lists it. */
    private static Set<String> pages(SiteContent content) {
        Set<String> pages = new HashSet<>(SitePages.OWN_PAGES);
        pages.addAll(SitePages.SITE_FILES);
        for (DisclosureType type : DisclosureType.values()) {
            pages.add(SitePages.section(type));
            pages.add(SitePages.sectionFeed(type.code()));
        }
        for (Disclosure d : content.published()) {
            pages.add(d.uri());
            pages.addAll(SitePages.printouts(d));
            if (ContentTypes.of(d.type()).isPresent()) {
                String stem = d.uri().substring(0, d.uri().length() - ".html".length());
                pages.add(stem + ".json");
                pages.add(stem + ".csv");
            }
        }
        pages.addAll(content.quarterPages());
        return pages;
    }

    /**
     * The attachments and forms of {@code doc} that take the address of a kind's extra page's printout: the files were
     * named before the typed data that makes those pages was read, so they are refused here.
     */
    private void refuseTakenPrintouts(SourceDocument doc, Map<String, String> printouts) {
        for (String list : List.of("tep", "mau_don")) {
            JsonNode files = doc.field(list);
            for (int i = 0; files != null && files.isArray() && i < files.size(); i++) {
                String pointer = "/" + list + "/" + i;
                String field = list + "[" + i + "].duong_dan";
                attachments.takesPrintout(doc.contentPath(), files.get(i).path("duong_dan").asText("").strip(), printouts)
                        .ifPresent(refusal -> problems.add(doc.path(), doc.lineOf(pointer), RowNames.field(doc, field),
                                refusal));
            }
        }
    }

    /**
     * The addresses the types make from valid data: their kinds' pages and printouts, the hamlets' pages and feeds;
     * the extra pages' printouts also into {@code printouts}, with what writes them.
     */
    private static Set<String> typedPages(SiteContent content, Map<String, String> printouts) {
        Set<String> pages = new HashSet<>();
        for (Disclosure d : content.published()) {
            DisclosureData data = content.data().get(d.uri());
            for (ExtraPage extra : ContentTypes.extraPages(data, new PageInput(d, content, content.markdown()))) {
                pages.add(extra.href());
                if (extra.printout() != null) {
                    pages.add(SitePages.pdf(extra.href()));
                    printouts.put(SitePages.pdf(extra.href()), "bản in (PDF) của trang " + extra.href() + " (lập từ "
                            + d.source().path() + ")");
                }
            }
            ContentTypes.hamlets(d, data).forEach(written -> Hamlet.of(written)
                    .ifPresent(h -> pages.addAll(List.of(h.href(), h.feed(), SitePages.HAMLETS))));
        }
        for (DisclosureType type : DisclosureType.values()) {
            ContentTypes.sectionExtras(type, content).pages().forEach(p -> pages.add(p.href()));
        }
        return pages;
    }
}

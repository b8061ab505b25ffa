package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.bake.Bakery;
import vn.congkhai.content.Format;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import vn.congkhai.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commune's folder as the editor reads and writes it: a disclosure loaded into its document (and body), written
 * whole through a temporary file, kept aside when it changed meanwhile; and the same check as {@code mvnw package},
 * its problems placed on the fields they are about.
 */
final class Commune {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path project;
    private final Path previewSite;
    /** The content's git history, read again only when the commit checked out changes (a commit never changes). */
    private volatile vn.congkhai.history.GitHistory history;

    Commune(Path project, Path previewSite) {
        this.project = project;
        this.previewSite = previewSite;
    }

    Path project() {
        return project;
    }

    /** The disclosure files of content/, as paths the editor opens. */
    java.util.Set<String> contentFiles() throws IOException {
        try (var walk = Files.walk(project.resolve("content"))) {
            return walk.filter(Files::isRegularFile).map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The history of every content file, as the site shows it; one walk of the commits per commit checked out. */
    vn.congkhai.history.GitHistory history() {
        vn.congkhai.history.GitHistory read = vn.congkhai.history.GitHistory.read(project.resolve("content"), history);
        history = read;
        return read;
    }

    boolean hasRemote() {
        try (org.eclipse.jgit.lib.Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(project.toFile()).build()) {
            return repo.getConfig().getSubsections("remote").contains("origin");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Where problems of a Markdown body go. */
    static final String BODY = "#noi_dung";

    record Loaded(ObjectNode document, String body) {
    }

    static Loaded load(EditedFile file) throws IOException {
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        if (file.format() == Format.JSON) {
            JsonNode read = JSON.readTree(text);
            return new Loaded(read.isObject() ? (ObjectNode) read : JsonNodeFactory.instance.objectNode(), "");
        }
        MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.relative(), text.lines().toList());
        ObjectNode header = parsed.hasHeader() ? (ObjectNode) parsed.header().root()
                : JsonNodeFactory.instance.objectNode();
        return new Loaded(header, parsed.body());
    }

    /** The amount fields of the type's list, as its description for spreadsheets gives them: {@code /dong/gia}. */
    static java.util.Set<String> amounts(DisclosureType type) {
        return vn.congkhai.types.ContentTypes.spreadsheet(type).map(mapping -> mapping.columns().fields().stream()
                .filter(f -> f.cell() == vn.congkhai.kind.FieldColumn.Cell.AMOUNT)
                .map(f -> "/" + mapping.columns().list() + "/" + f.field())
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
    }

    static JsonNode schemaOf(EditedFile file) {
        return file.format() == Format.JSON ? Schemas.of(file.type()).orElseThrow()
                : MarkdownForm.schema(file.type());
    }

    /** What {@code mvnw package} would say of the content now: its problems and its warnings. */
    record Checked(List<Problem> problems, List<String> warnings, List<WorkList.ToDo> toDo) {
        List<String> problemFiles() {
            return problems.stream().map(Problem::path).distinct().toList();
        }
    }

    Checked check() {
        try {
            vn.congkhai.model.SiteContent content = new Bakery(project, previewSite).validate();
            return new Checked(List.of(), new vn.congkhai.compliance.ComplianceCheck(content).run().stream()
                    .map(w -> w.subject() + ": " + w.message()).toList(), WorkList.toDo(content));
        } catch (ContentProblemsException e) {
            return new Checked(e.problems().list(), List.of(), List.of());
        }
    }

    /**
     * The problems of {@code file} by the JSON pointer of the field they are about: the field on the problem's line
     * whose name ends the problem's field (a row of a list is one line); a problem with no such field goes with the
     * first field, and one in a Markdown body with the body.
     */
    static Map<String, List<String>> problemsOf(EditedFile file, Checked checked) throws IOException {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Problem> mine = checked.problems().stream().filter(p -> p.path().equals(file.relative())).toList();
        if (mine.isEmpty()) {
            return byField;
        }
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        LocatedJson located;
        int bodyLine = Integer.MAX_VALUE;
        try {
            if (file.format() == Format.JSON) {
                located = LocatedJson.parse(text);
            } else {
                MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.relative(), text.lines().toList());
                located = parsed.header();
                bodyLine = parsed.bodyLine();
            }
        } catch (vn.congkhai.content.JsonSyntaxError unreadable) {
            located = null;
        }
        for (Problem p : mine) {
            String at = p.line() >= bodyLine ? BODY : located == null ? "" : pointerOn(located, p);
            byField.computeIfAbsent(at, k -> new ArrayList<>()).add(p.format());
        }
        return byField;
    }

    static String pointerOn(LocatedJson located, Problem problem) {
        String name = problem.field().substring(problem.field().lastIndexOf(", ") + 1).strip();
        List<String> onLine = new ArrayList<>();
        collect(located.root(), "", located, problem.line(), onLine);
        return onLine.stream().filter(p -> p.endsWith("/" + name)).findFirst()
                .orElse(onLine.isEmpty() ? "" : onLine.get(0));
    }

    static void collect(JsonNode node, String pointer, LocatedJson located, int line, List<String> into) {
        if (!pointer.isEmpty() && located.lineOf(pointer) == line) {
            into.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + FormValues.escape(f.getKey()),
                    located, line, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, located, line, into);
            }
        }
    }

    /** Writes the file whole or not at all: written beside the site's work, then moved into place in one step. */
    void write(EditedFile file, String text) throws IOException {
        Path work = project.resolve("target/soan");
        Files.createDirectories(work);
        Path temporary = Files.createTempFile(work, "luu-", ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary, file.file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The officer's version of a file changed meanwhile, kept outside content/ so the bake does not read it. */
    Path keep(EditedFile file, String text) throws IOException {
        Path kept = project.resolve("target/soan/chua-luu").resolve(file.relative().replace('/', '_')
                .replaceFirst("\\.(json|md)$", "") + "-" + LocalDateTime.now(SiteConfig.ZONE).format(STAMP) + "."
                + (file.format() == Format.JSON ? "json" : "md"));
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, text, StandardCharsets.UTF_8);
        return kept;
    }

    static LocalDate today() {
        return LocalDate.now(SiteConfig.ZONE);
    }
}

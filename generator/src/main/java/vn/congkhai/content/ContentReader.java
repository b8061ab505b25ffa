package vn.congkhai.content;

import vn.congkhai.problem.Problem;
import vn.congkhai.text.FileNames;
import vn.congkhai.text.PureMemo;
import vn.congkhai.text.Sha256;
import vn.congkhai.text.VietnameseText;
import vn.congkhai.theme.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * First stage of the pipeline: reads every file under {@code content/}, in a fixed order, and the site's assets (the
 * theme's, with the commune's {@code assets/} over them).
 */
public final class ContentReader {

    /** A disclosure bigger than this is refused before it is read (a household list of 50,000 rows is 6 MB). */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    private final Path projectDir;
    private final Path contentDir;
    /** The SHA-256 of files' bytes as {@link Sources#hashed} just read them, by their path in the commune's folder. */
    private final Map<String, String> hashed;

    public ContentReader(Path projectDir, Path contentDir) {
        this(projectDir, contentDir, Map.of());
    }

    /** A reader that reads again only the files whose reading {@code hashed} does not name in a memo. */
    public ContentReader(Path projectDir, Path contentDir, Map<String, String> hashed) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.hashed = hashed;
    }

    public ContentTree read() {
        return read(PureMemo.none());
    }

    /** Reads, each document's reading taken from {@code memo} when its place and bytes are those of one kept there. */
    public ContentTree read(PureMemo<SourceDocument.Origin, Parsed> memo) {
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, String> texts = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        SourceFiles.Listing listing = SourceFiles.list(projectDir, contentDir);
        SourceFiles.Listing assets = SourceFiles.list(projectDir, projectDir.resolve("assets"));
        // The commune's template overrides are read by the renderer; listed here only so that a link out of the
        // repository is refused before anything is rendered.
        SourceFiles.Listing templates = SourceFiles.list(projectDir, projectDir.resolve("templates"));
        List<Problem> problems = new ArrayList<>(listing.problems());
        problems.addAll(assets.problems());
        problems.addAll(templates.problems());
        List<Problem> warnings = new ArrayList<>(listing.warnings());
        warnings.addAll(assets.warnings());
        warnings.addAll(templates.warnings());
        // Each file is read and parsed on its own, on every core; the results are gathered in the listing's order.
        List<FileRead> reads = listing.files().entrySet().parallelStream()
                .map(entry -> readFile(entry.getKey(), entry.getValue(), memo)).toList();
        for (FileRead read : reads) {
            files.put(read.contentPath(), read.source());
            problems.addAll(read.problems());
            if (read.parsed().document() != null) {
                documents.add(read.parsed().document());
            }
            if (read.parsed().text() != null) {
                texts.put(read.contentPath(), read.parsed().text());
            }
        }
        return new ContentTree(documents, texts, files, withTheme(assets.files()), problems, warnings);
    }

    /**
     * What a document's bytes read into, given where it is: its problems, its document, or its text when it is a full
     * text (Markdown without a header).
     */
    public record Parsed(List<Problem> problems, SourceDocument document, String text) {

        private static final Parsed NOTHING = new Parsed(List.of(), null, null);

        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /** What one file of content/ gave: the problems of its name, and of its reading. */
    private record FileRead(String contentPath, Path source, List<Problem> problems, Parsed parsed) {
    }

    private FileRead readFile(String contentPath, Path source, PureMemo<SourceDocument.Origin, Parsed> memo) {
        List<Problem> problems = new ArrayList<>();
        Path file = contentDir.resolve(contentPath);
        String path = slashes(projectDir.relativize(file));
        checkName(path, contentPath, problems);
        Format format = Format.ofFileName(file.getFileName().toString());
        Parsed parsed = format == null ? Parsed.NOTHING // an attachment, or a stray file
                : parsed(new SourceDocument.Origin(file, path, contentPath, hashed.get(path)), source, format, memo,
                problems);
        problems.addAll(parsed.problems());
        return new FileRead(contentPath, source, problems, parsed);
    }

    /**
     * What a document reads into: kept in {@code memo} for the bytes the sources' digest just read ({@code place}'s
     * hash), or read from {@code source} and kept for the bytes read.
     */
    private static Parsed parsed(SourceDocument.Origin place, Path source, Format format,
                                 PureMemo<SourceDocument.Origin, Parsed> memo, List<Problem> problems) {
        Parsed kept = place.sha256() == null ? null : memo.find(place);
        if (kept != null) {
            return kept;
        }
        byte[] bytes = readDocument(source, place.path(), problems);
        return bytes == null ? Parsed.NOTHING : memo.apply(new SourceDocument.Origin(place.file(), place.path(),
                place.contentPath(), Sha256.hex(bytes)), origin -> parse(origin, format, bytes));
    }

    /** What {@code bytes} read into: a function of them and of where the document is ({@code origin}) only. */
    private static Parsed parse(SourceDocument.Origin origin, Format format, byte[] bytes) {
        String path = origin.path();
        String text;
        try {
            text = VietnameseText.nfc(stripBom(utf8(bytes)));
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(new Problem(path, 1, "(mã hoá)", "tệp không phải UTF-8. Cách sửa: lưu lại "
                    + "tệp với mã hoá UTF-8 (trong trình soạn thảo chọn \"Save with encoding: UTF-8\").")), null, null);
        }
        if (format == Format.JSON) {
            return readJson(origin, text);
        }
        List<String> lines = text.lines().toList();
        MarkdownHeader.Parsed parsed = MarkdownHeader.parse(path, lines);
        List<Problem> tooDeep = MarkdownLimits.check(path, parsed.body(), parsed.bodyLine());
        if (!tooDeep.isEmpty()) {
            return new Parsed(tooDeep, null, null); // never handed to the Markdown parser
        }
        if (!parsed.hasHeader()) {
            return new Parsed(List.of(), null, text);
        }
        return new Parsed(parsed.problems(), new SourceDocument(origin.file(), path, origin.contentPath(), format,
                parsed.header(), parsed.body(), parsed.bodyLine(), origin.sha256()), null);
    }

    /** The theme's assets, then the commune's: a commune file replaces the theme's file of the same path. */
    private static Map<String, Path> withTheme(Map<String, Path> communeAssets) {
        Map<String, Path> assets = new TreeMap<>(Theme.files(Theme.ASSETS));
        assets.putAll(communeAssets);
        return assets;
    }

    /** A document's bytes, or null when it is too big or cannot be read (with a problem). */
    private static byte[] readDocument(Path file, String path, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                problems.add(new Problem(path, 1, "(kích thước)", "tệp nặng " + (size / (1024 * 1024)) + " MB, quá "
                        + "giới hạn " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB của một văn bản. Cách sửa: chia "
                        + "thành nhiều tệp nhỏ hơn (ví dụ mỗi xóm một danh sách)."));
                return null;
            }
            if (!Files.isReadable(file)) {
                throw new java.nio.file.AccessDeniedException(path);
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.AccessDeniedException e) {
            problems.add(new Problem(path, 1, "(quyền đọc)", "không đọc được tệp vì không có quyền đọc. Cách sửa: "
                    + "cho phép đọc tệp (chuột phải, Properties, Security) hoặc chép lại tệp."));
            return null;
        } catch (UncheckedIOException | IOException e) {
            problems.add(new Problem(path, 1, "(đọc tệp)", "không đọc được tệp (" + e.getClass().getSimpleName()
                    + "). Cách sửa: kiểm tra tệp còn mở được, rồi chép lại tệp."));
            return null;
        }
    }

    /** The project-relative path of a problem about a file in a Markdown text without header. */
    public String displayPath(String contentPath) {
        return slashes(projectDir.relativize(contentDir.resolve(contentPath)));
    }

    private static Parsed readJson(SourceDocument.Origin origin, String text) {
        String path = origin.path();
        try {
            LocatedJson json = LocatedJson.parse(text);
            if (!json.root().isObject()) {
                return new Parsed(List.of(new Problem(path, 1, "(JSON)", "tệp JSON phải là một đối tượng { ... } chứa "
                        + "title, date, type và dữ liệu. Cách sửa: bọc nội dung trong cặp ngoặc { }.")), null, null);
            }
            return new Parsed(List.of(), new SourceDocument(origin.file(), path, origin.contentPath(), Format.JSON,
                    json, null, 0, origin.sha256()), null);
        } catch (JsonSyntaxError e) {
            return new Parsed(List.of(new Problem(path, e.line(), "(cú pháp JSON)", "cột " + e.column() + ": "
                    + e.getMessage())), null, null);
        }
    }

    /** Folder and file names become addresses ({@link FileNames}): the first unsafe one is reported with its fix. */
    private static void checkName(String path, String contentPath, List<Problem> problems) {
        for (String segment : contentPath.split("/")) {
            if (FileNames.safe(segment)) {
                continue;
            }
            String fix = "Cách sửa: đổi tên thành \"" + FileNames.suggest(segment) + "\".";
            problems.add(new Problem(path, 1, "(tên tệp)", FileNames.reserved(segment)
                    ? "tên \"" + segment + "\" " + FileNames.RESERVED_REASON + ". " + fix
                    : "tên \"" + segment + "\" sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và "
                    + "dấu gạch nối. " + fix));
            return;
        }
    }

    public static String readUtf8(Path file) throws CharacterCodingException {
        try {
            return utf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes as UTF-8 text; anything that is not UTF-8 is refused. The JDK's own decoding (its fastest) writes U+FFFD for
     * what is not UTF-8: a text without one was UTF-8 throughout; one with one is decoded again, strictly, to tell.
     */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}

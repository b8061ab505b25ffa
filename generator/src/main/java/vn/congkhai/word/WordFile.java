package vn.congkhai.word;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.congkhai.attachment.OfficeDocument;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Word file ({@code .docx}, read with Apache POI) as the blocks of its body, in order: paragraphs (their runs with
 * bold and italic, alignment, list numbering) and tables (cells with their horizontal and vertical merges). Text is
 * in NFC. A file that is not a readable {@code .docx} is an {@link Unreadable} with its reason for the officer.
 */
public final class WordFile {

    /** A block of the body. */
    public sealed interface Block permits Para, Table {
    }

    /** A run of text with its emphasis. */
    public record Span(String text, boolean bold, boolean italic) {
    }

    /**
     * A paragraph; {@code list} is the numbering format of a list item ("bullet", "decimal", …) or null,
     * {@code level} its indentation level.
     */
    public record Para(List<Span> spans, boolean centered, String list, String listId, int level) implements Block {
        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining()).strip();
        }

        /** Whether every visible character is bold. */
        public boolean allBold() {
            return !text().isEmpty() && spans.stream().allMatch(s -> s.bold() || s.text().isBlank());
        }
    }

    /**
     * A table cell: its non-empty paragraphs, how many grid columns it spans, and whether it continues a vertical
     * merge from the row above.
     */
    public record Cell(List<String> lines, int span, boolean continued) {
        /** The paragraphs joined by a space. */
        public String text() {
            return String.join(" ", lines);
        }
    }

    public record Table(List<List<Cell>> rows) implements Block {
        public String firstCellText() {
            return rows.isEmpty() || rows.get(0).isEmpty() ? "" : rows.get(0).get(0).text();
        }
    }

    /** Why a file could not be read, said for the officer. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private WordFile() {
    }

    /**
     * A Word file's body, and what was left out of it because Word does not show it on the page: hidden passages,
     * deleted revisions and comments (counted, never imported), and the parts with macros (never run or copied).
     */
    public record Body(List<Block> blocks, int hidden, int deleted, int comments, List<String> macros) {
    }

    public static Body read(Path file) throws Unreadable {
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".doc")) {
            throw new Unreadable("Tệp " + name + " là văn bản Word cũ (.doc), chưa nhập được. Cách sửa: mở tệp bằng "
                    + "Word, chọn Lưu thành (Save As) kiểu Word Document (.docx), rồi chạy lại với tệp .docx đó.", null);
        }
        OPCPackage pkg = null;
        try {
            OfficeDocument inside = OfficeDocument.inspect(file);
            refuse(name, inside);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument doc = new XWPFDocument(pkg);
            Reader reader = new Reader(new HiddenRuns(doc));
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    blocks.add(reader.para(p));
                } else if (element instanceof XWPFTable t) {
                    blocks.add(reader.table(t));
                }
            }
            int comments = doc.getComments() == null ? 0 : doc.getComments().length;
            return new Body(blocks, reader.hidden, reader.deleted, comments, inside.active());
        } catch (NoSuchFileException e) {
            throw new Unreadable("Không tìm thấy tệp " + name + ". Cách sửa: đặt tệp trong thư mục của xã (cạnh pom.xml) "
                    + "và viết đúng tên, ví dụ -Dtep=" + name + ".", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new Unreadable("Tệp " + name + " là văn bản Word cũ (.doc) dù tên là .docx. Cách sửa: mở tệp bằng "
                    + "Word, chọn Lưu thành (Save As) kiểu Word Document (.docx), rồi chạy lại.", e);
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                 | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            // Not StackOverflowError: it can leave a lock of XMLBeans held; OfficeDocument refuses such nesting first.
            if (zipBomb(e)) {
                throw bomb(name, "phần bên trong giải nén ra quá lớn so với khi nén", e);
            }
            throw new Unreadable("Không đọc được " + name + ": tệp không phải văn bản Word (.docx) hoặc đã bị hỏng. "
                    + "Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) kiểu Word Document (.docx), rồi chạy lại.", e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: closes the file without the warning close() logs
            }
        }
    }

    /** A file that is not a Word document inside, whatever its name: said before POI tries to read it. */
    private static void refuse(String name, OfficeDocument inside) throws Unreadable {
        if (inside.bomb() != null) {
            throw bomb(name, inside.bomb(), null);
        }
        if (inside.encrypted()) {
            throw new Unreadable("Tệp " + name + " có đặt mật khẩu (đã mã hóa) nên không đọc được. Cách sửa: "
                    + OfficeDocument.PASSWORD_FIX + ", rồi chạy lại.", null);
        }
        if (inside.kind() != null && inside.kind() != OfficeDocument.Kind.WORD) {
            throw new Unreadable("Tệp " + name + " thật ra là " + inside.kind().label() + ", không phải văn bản Word. "
                    + "Cách sửa: " + (inside.kind().spreadsheet() ? "nhập bảng tính với đúng đuôi của nó, ví dụ "
                    + "-Dtep=danh-sach.xlsx -Dloai=bang" : "chọn đúng tệp Word (.docx) cần nhập") + ".", null);
        }
    }

    private static Unreadable bomb(String name, String why, Throwable cause) {
        return new Unreadable("Tệp " + name + " là tệp nén bất thường (zip bomb): " + why + ", nên không mở để máy "
                + "không bị treo. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) một tệp .docx mới rồi chạy lại "
                + "với tệp đó; nếu Word không mở được, xin lại bản gốc từ nơi gửi.", cause);
    }

    /** Whether POI refused the file as a zip bomb (its ZipSecureFile check), wherever it wrapped the refusal. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Reads blocks, leaving out what the page does not show and counting it. */
    private static final class Reader {
        private final HiddenRuns hiddenRuns;
        private int hidden;
        private int deleted;

        Reader(HiddenRuns hiddenRuns) {
            this.hiddenRuns = hiddenRuns;
        }

        private Para para(XWPFParagraph p) {
            List<Span> spans = new ArrayList<>();
            boolean inHidden = false;
            for (XWPFRun run : p.getRuns()) {
                String text = run.text();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (HiddenRuns.deleted(run)) {
                    continue; // counted below, whether or not POI lists the run
                }
                if (hiddenRuns.hidden(run, p)) {
                    hidden += inHidden ? 0 : 1;
                    inHidden = true;
                    continue;
                }
                inHidden = false;
                spans.add(new Span(nfc(text.replace('\t', ' ').replace('\u00A0', ' ')), run.isBold(), run.isItalic()));
            }
            deleted += HiddenRuns.deletions(p);
            String list = null;
            String listId = null;
            int level = 0;
            if (p.getNumID() != null) {
                list = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
                listId = p.getNumID().toString();
                level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            }
            return new Para(spans, p.getAlignment() == ParagraphAlignment.CENTER, list, listId, level);
        }

        private Table table(XWPFTable t) {
            List<List<Cell>> rows = new ArrayList<>();
            for (XWPFTableRow row : t.getRows()) {
                List<Cell> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> lines = cell.getParagraphs().stream().map(p -> para(p).text())
                            .filter(s -> !s.isEmpty()).toList();
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    boolean continued = pr != null && pr.isSetVMerge()
                            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                    cells.add(new Cell(lines, Math.max(1, span), continued));
                }
                rows.add(cells);
            }
            return new Table(rows);
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package vn.congkhai.word;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the Word files of the tests with POI, as officers' documents look in the Decree 30/2020 layout: the header
 * table, the kind and title, the body, and the "Nơi nhận" and signature table.
 * In runs, {@code **bold**} and {@code *italic*} mark emphasis.
 */
final class Docx {

    final XWPFDocument doc = new XWPFDocument();
    private BigInteger bullets;
    private BigInteger numbers;

    /** The header table: issuer lines and number on the left, motto and place-date on the right. */
    Docx header(List<String> issuer, String number, String placeDate) {
        XWPFTable t = doc.createTable(2, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        lines(left, issuer, true);
        lines(left, List.of("-------"), false);
        lines(t.getRow(0).getCell(1), List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "---------------"), true);
        lines(t.getRow(1).getCell(0), number == null ? List.of() : List.of("Số: " + number), false);
        lines(t.getRow(1).getCell(1), List.of(placeDate), false);
        return this;
    }

    /** The kind ("THÔNG BÁO") and the title lines, centred and bold. */
    Docx title(String kind, String... lines) {
        center("**" + kind + "**");
        for (String line : lines) {
            center("**" + line + "**");
        }
        center("-----------");
        return this;
    }

    Docx center(String text) {
        runs(doc.createParagraph(), text).setAlignment(ParagraphAlignment.CENTER);
        return this;
    }

    Docx p(String text) {
        runs(doc.createParagraph(), text);
        return this;
    }

    /** An item of Word's own bulleted list. */
    Docx bullet(String text) {
        if (bullets == null) {
            bullets = numbering(STNumberFormat.BULLET, "•");
        }
        return item(bullets, text);
    }

    /** An item of Word's own numbered list. */
    Docx numbered(String text) {
        if (numbers == null) {
            numbers = numbering(STNumberFormat.DECIMAL, "%1.");
        }
        return item(numbers, text);
    }

    private Docx item(BigInteger list, String text) {
        XWPFParagraph p = runs(doc.createParagraph(), text);
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
        return this;
    }

    /** A table; a cell "&gt;" continues the merge of the cell to its left, "^" the one above. */
    Docx table(String[]... rows) {
        int columns = rows[0].length;
        XWPFTable t = doc.createTable(rows.length, columns);
        for (int r = 0; r < rows.length; r++) {
            for (int c = columns - 1; c >= 0; c--) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                String text = rows[r][c];
                if (text.equals(">")) {
                    XWPFTableCell first = t.getRow(r).getCell(c - 1);
                    CTTcPr pr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
                    int span = pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(span + 1));
                    t.getRow(r).removeCell(c);
                    continue;
                }
                if (text.equals("^")) {
                    (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr())
                            .addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (r + 1 < rows.length && rows[r + 1][c].equals("^")) {
                    (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr())
                            .addNewVMerge().setVal(STMerge.RESTART);
                }
                runs(cell.getParagraphs().get(0), text);
            }
        }
        return this;
    }

    /** The end of a document: "Nơi nhận" on the left, the signature on the right, in a borderless table. */
    Docx signatureTable(List<String> recipients, List<String> signature) {
        XWPFTable t = doc.createTable(1, 2);
        lines(t.getRow(0).getCell(0), recipients, false);
        lines(t.getRow(0).getCell(1), signature, true);
        return this;
    }

    Path save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    private BigInteger numbering(STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(format == STNumberFormat.BULLET ? 1 : 2);
        abs.setAbstractNumId(id);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.ONE);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
    }

    private void lines(XWPFTableCell cell, List<String> lines, boolean bold) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph first = cell.getParagraphs().get(0);
            XWPFParagraph p = i == 0 && first.getText().isEmpty() ? first : cell.addParagraph();
            runs(p, bold ? "**" + lines.get(i) + "**" : lines.get(i));
        }
    }

    /** Runs from text with **bold** and *italic* marks. */
    private static XWPFParagraph runs(XWPFParagraph p, String text) {
        boolean bold = false;
        boolean italic = false;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            boolean boldMark = !end && text.startsWith("**", i);
            boolean italicMark = !end && !boldMark && text.charAt(i) == '*';
            if (end || boldMark || italicMark) {
                if (run.length() > 0) {
                    XWPFRun r = p.createRun();
                    r.setText(run.toString());
                    r.setBold(bold);
                    r.setItalic(italic);
                    run.setLength(0);
                }
                if (boldMark) {
                    bold = !bold;
                    i++;
                } else if (italicMark) {
                    italic = !italic;
                }
            } else {
                run.append(text.charAt(i));
            }
        }
        return p;
    }
}

package vn.congkhai.word;

import vn.congkhai.text.VietnameseText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an official document in the Decree 30/2020 layout, read from the top of a Word file: the issuing
 * body and the number ("Số: 52/TB-UBND") on the left, the national motto and the place-and-date line ("Lục Ba, ngày
 * 28 tháng 6 năm 2024") on the right (usually a borderless table, sometimes plain paragraphs), then the kind of
 * document in capitals and the title in bold under it. Whatever is missing is null; {@code bodyStart} is the first
 * block after the title.
 */
public record Decree30Header(List<String> issuerLines, String number, String place, LocalDate date,
                             String dateProblem, DocumentKinds.Row kind, List<String> titleLines, int bodyStart) {

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\S.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.+?),\\s*ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?\\s*năm\\s+(\\d{4})\\.?$", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern RULE = Pattern.compile("^[-_=.–—\\s]*$");
    private static final Pattern RULE_IN_LINE = Pattern.compile("[-_=–—]{3,}");
    private static final Locale VI = Locale.forLanguageTag("vi");

    public static Decree30Header read(List<WordFile.Block> blocks) {
        List<String> issuer = new ArrayList<>();
        String[] number = {null};
        String[] placeDate = {null};
        int i = 0;
        boolean found = false;
        if (!blocks.isEmpty() && blocks.get(0) instanceof WordFile.Table t && isMotto(String.join(" ",
                t.rows().stream().flatMap(List::stream).map(WordFile.Cell::text).toList()))) {
            for (List<WordFile.Cell> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    for (String line : row.get(c).lines()) {
                        headerLine(line, c == 0, issuer, number, placeDate);
                    }
                }
            }
            i = 1;
            found = true;
        } else {
            // Plain paragraphs: a header only if the motto or a number line is among the first lines.
            int end = Math.min(blocks.size(), 10);
            int last = -1;
            for (int j = 0; j < end && blocks.get(j) instanceof WordFile.Para p; j++) {
                String text = p.text();
                if (isMotto(text) || NUMBER.matcher(text).matches() || PLACE_DATE.matcher(text).matches()) {
                    last = j;
                }
            }
            if (last >= 0) {
                for (int j = 0; j <= last; j++) {
                    headerLine(((WordFile.Para) blocks.get(j)).text(), true, issuer, number, placeDate);
                }
                i = last + 1;
                found = true;
            }
        }
        i = skipBlank(blocks, i);
        DocumentKinds.Row kind = null;
        if (i < blocks.size() && blocks.get(i) instanceof WordFile.Para p) {
            kind = DocumentKinds.of(p.text()).orElse(null);
            if (kind != null) {
                i++;
            }
        }
        List<String> title = new ArrayList<>();
        i = skipBlank(blocks, i);
        while (i < blocks.size() && blocks.get(i) instanceof WordFile.Para p && title.size() < 4
                && (p.allBold() || (kind != null && p.centered() && !p.text().isEmpty()))
                && !RULE.matcher(p.text()).matches() && (kind != null || found || title.isEmpty() || p.centered())) {
            title.add(p.text());
            i++;
        }
        i = skipBlank(blocks, i);
        String place = null;
        LocalDate date = null;
        String dateProblem = null;
        if (placeDate[0] != null) {
            Matcher m = PLACE_DATE.matcher(placeDate[0]);
            m.matches();
            place = m.group(1).strip();
            if (m.group(2) == null || m.group(3) == null) {
                dateProblem = "dòng ngày tháng \"" + placeDate[0] + "\" chưa ghi đủ ngày và tháng";
            } else {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(2)));
                } catch (DateTimeException e) {
                    dateProblem = "dòng ngày tháng \"" + placeDate[0] + "\" không phải một ngày có thật";
                }
            }
        }
        return new Decree30Header(List.copyOf(issuer), number[0], place, date, dateProblem, kind, List.copyOf(title), i);
    }

    /** The issuing body: the last line of the left column, or the last two when it is "ỦY BAN NHÂN DÂN" / "XÃ …". */
    public String issuer() {
        if (issuerLines.isEmpty()) {
            return null;
        }
        String last = issuerLines.get(issuerLines.size() - 1);
        if (issuerLines.size() > 1 && last.matches("^(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|TỈNH|THÀNH PHỐ) .*")) {
            return issuerLines.get(issuerLines.size() - 2) + " " + last;
        }
        return last;
    }

    private static void headerLine(String line, boolean left, List<String> issuer, String[] number, String[] placeDate) {
        String text = RULE_IN_LINE.matcher(line).replaceAll(" ").strip(); // a rule typed on the name's line
        if (text.isEmpty() || RULE.matcher(text).matches() || isMotto(text) || isNation(text)) {
            return;
        }
        Matcher n = NUMBER.matcher(text);
        if (n.matches()) {
            number[0] = n.group(1).strip();
        } else if (PLACE_DATE.matcher(text).matches()) {
            placeDate[0] = text;
        } else if (left && text.equals(text.toUpperCase(VI))) {
            issuer.add(text);
        }
    }

    private static boolean isMotto(String text) {
        String f = VietnameseText.fold(text);
        return f.contains("cong hoa xa hoi chu nghia viet nam") || f.contains("doc lap tu do hanh phuc");
    }

    private static boolean isNation(String text) {
        return VietnameseText.fold(text).startsWith("doc lap");
    }

    private static int skipBlank(List<WordFile.Block> blocks, int i) {
        while (i < blocks.size() && blocks.get(i) instanceof WordFile.Para p && RULE.matcher(p.text()).matches()) {
            i++;
        }
        return i;
    }
}

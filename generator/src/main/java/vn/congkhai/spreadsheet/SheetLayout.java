package vn.congkhai.spreadsheet;

import vn.congkhai.spreadsheet.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are in a spreadsheet: the title rows above, the heading row (or two rows, when merged cells group
 * headings: "Số tiền" over "Dự toán" and "Thực hiện"), and the data rows below, up to the totals or the signatures.
 *
 * @param number the document number the rows above name ("Kèm theo Quyết định số 215/QĐ-UBND …"), or null
 */
public record SheetLayout(String title, String number, List<String> headings, List<Grid.Line> data,
                          List<Grid.Line> totals) {

    /** A document number as Decree 30/2020 writes it: 215/QĐ-UBND, 12/2024/QĐ-UBND, 52/TB-UBND. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)\\bsố\\s*:?\\s*(\\d+(?:/\\d{4})?/[\\p{Lu}Đ][\\p{Lu}Đ0-9]*(?:-[\\p{Lu}Đ0-9]+)*)");

    private static final List<String> TITLE_WORDS = List.of("danh sach", "cong khai", "bang", "bieu", "du toan",
            "quyet toan", "thuc hien", "ket qua", "phuong an");
    private static final List<String> END_WORDS = List.of("nguoi lap", "nguoi lap bieu", "tm uy ban", "tm ubnd",
            "chu tich", "xac nhan", "ke toan", "noi nhan");
    private static final List<String> TOTAL_WORDS = List.of("tong cong", "cong", "tong so", "tong");

    /**
     * @param known folded headings that identify the heading row of this kind of list
     * @return the layout, or null when no row has at least two known headings
     */
    public static SheetLayout of(Grid grid, List<String> known) {
        List<Grid.Line> lines = grid.lines();
        int header = -1;
        int best = 1;
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            int score = (int) lines.get(i).cells().stream().distinct().filter(c -> Headings.matches(c, known)).count();
            if (score > best) {
                best = score;
                header = i;
            }
        }
        if (header < 0) {
            return null;
        }
        List<String> headings = new ArrayList<>(lines.get(header).cells());
        int first = header + 1;
        if (first < lines.size() && isSubHeading(lines.get(header), lines.get(first), known)) {
            Grid.Line sub = lines.get(first);
            for (int c = 0; c < headings.size(); c++) {
                String below = sub.cell(c);
                if (!below.isBlank() && !below.equals(headings.get(c))) {
                    headings.set(c, (headings.get(c) + " " + below).strip());
                }
            }
            first++;
        }
        if (first < lines.size() && isColumnNumbers(lines.get(first))) {
            first++; // a row of column numbers (1), (2), (3)…
        }
        List<Grid.Line> data = new ArrayList<>();
        List<Grid.Line> totals = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            Grid.Line line = lines.get(i);
            String text = Headings.fold(line.joined());
            if (END_WORDS.stream().anyMatch(w -> text.startsWith(w))) {
                break;
            }
            if (line.isBlank()) {
                if (!data.isEmpty()) {
                    break;
                }
                continue;
            }
            String firstCells = Headings.fold(line.cell(0) + " " + line.cell(1));
            if (TOTAL_WORDS.stream().anyMatch(w -> firstCells.equals(w) || firstCells.startsWith(w + " "))) {
                totals.add(line);
                continue;
            }
            data.add(line);
        }
        return new SheetLayout(title(lines.subList(0, header)), number(lines.subList(0, header)), headings, data,
                totals);
    }

    public int column(List<String> names) {
        for (int c = 0; c < headings.size(); c++) {
            if (Headings.matches(headings.get(c), names)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isSubHeading(Grid.Line header, Grid.Line next, List<String> known) {
        boolean merged = false;
        for (int c = 1; c < header.cells().size(); c++) {
            merged |= !header.cell(c).isBlank() && header.cell(c).equals(header.cell(c - 1));
        }
        boolean words = next.cells().stream().anyMatch(c -> !c.isBlank() && Values.number(c).isEmpty());
        return merged && words && next.cells().stream().noneMatch(c -> c.matches("\\d+") && next.cell(0).equals(c));
    }

    private static boolean isColumnNumbers(Grid.Line line) {
        return !line.isBlank() && line.cells().stream().filter(c -> !c.isBlank())
                .allMatch(c -> c.matches("\\(?\\d{1,2}\\)?|[A-Z]"));
    }

    /** The first document number in the rows above the headings (a subtitle naming the decision), or null. */
    private static String number(List<Grid.Line> above) {
        for (Grid.Line line : above) {
            Matcher m = NUMBER.matcher(line.joined());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The title: the row above the headings that reads like one, in sentence case if it was in capitals. */
    private static String title(List<Grid.Line> above) {
        String title = null;
        for (Grid.Line line : above) {
            String text = line.joined();
            if (!text.isBlank() && TITLE_WORDS.stream().anyMatch(w -> Headings.fold(text).startsWith(w))) {
                title = text;
                break;
            }
        }
        if (title == null) {
            return null;
        }
        if (title.equals(title.toUpperCase(Locale.forLanguageTag("vi")))) {
            String lower = title.toLowerCase(Locale.forLanguageTag("vi"));
            title = lower.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + lower.substring(1);
        }
        return title;
    }
}

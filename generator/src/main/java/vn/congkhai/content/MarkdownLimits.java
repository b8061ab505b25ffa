package vn.congkhai.content;

import vn.congkhai.problem.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Markdown that would make flexmark overflow the stack, found on the raw text before anything parses it. Flexmark,
 * and the visitors and renderers after it, recurse once per level of block quotes, list items and definitions, and
 * per level of emphasis, links and images inside one another: a few hundred levels of {@code >} or of indented
 * lists, or a few thousand of {@code *} or {@code ![}, crash a bake on a default thread stack. No text an officer
 * writes comes near the limits here, which leave a wide margin (measured in {@code MarkdownLimitsTest}).
 *
 * <p>The scan is one pass over the lines, without recursion, and errs on the side of counting too many levels. It
 * keeps open every container a line may still be inside (in flexmark's pegdown profile, which the site uses, quotes
 * run on to the next blank line, a list marker does not interrupt a paragraph, and a definition holds the list
 * after it), skips nothing on a guess (code blocks and code spans are counted like the rest), and counts emphasis
 * and brackets line by line (nesting across the lines of a paragraph is left to the program-fault handler, which
 * would still turn an overflow into one line for the officer). Randomised tests hold it to flexmark itself.
 */
public final class MarkdownLimits {

    /** Most levels of block quotes, list items and definitions inside one another. */
    public static final int MAX_BLOCK_DEPTH = 16;
    /** Most levels of emphasis, strikethrough, links and images inside one another, within a line. */
    public static final int MAX_INLINE_DEPTH = 128;
    /** The field of the problems: the text below the header. */
    public static final String FIELD = "(nội dung)";

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** What opens inline nesting: brackets (for links and images), and the three emphasis delimiters. */
    private static final String DELIMITERS = "[*_~";
    /** A block quote in the stack of open containers; list items and definitions are {@link #container}s. */
    private static final int QUOTE = -1;

    private MarkdownLimits() {
    }

    /**
     * Checks a Markdown body.
     *
     * @param path     the file, as problems name it
     * @param body     the text below the header
     * @param bodyLine the line of the file where the body starts
     * @return one problem for each place nested too deep; empty when flexmark parses the body safely
     */
    public static List<Problem> check(String path, String body, int bodyLine) {
        List<Problem> problems = new ArrayList<>();
        List<Integer> open = new ArrayList<>(); // outermost first, as container(...) encodes them
        String[] lines = body.split("\n", -1);
        boolean blank = true;
        boolean blockReported = false;
        boolean inlineReported = false;
        for (int i = 0; i < lines.length; i++) {
            String line = expandTabs(lines[i]);
            if (line.isBlank()) {
                blank = true;
                inlineReported = false;
                continue;
            }
            int at = 0;
            int matched = 0;
            for (int container : open) {
                if (container == QUOTE) {
                    int p = skipSpaces(line, at, 3);
                    if (p < line.length() && line.charAt(p) == '>') {
                        at = p + (p + 1 < line.length() && line.charAt(p + 1) == ' ' ? 2 : 1);
                    } else if (blank) {
                        break;
                    } // else the quote goes on to the next blank line, as flexmark's pegdown profile has it
                } else if (skipSpaces(line, at, Integer.MAX_VALUE) > column(container)) {
                    at = Math.max(at, column(container) + 1);
                } else {
                    break;
                }
                matched++;
            }
            List<Integer> opened = new ArrayList<>();
            at = openContainers(line, at, opened);
            close(open, matched, opened.isEmpty() ? null : opened.get(0), blank);
            open.addAll(opened);
            blank = false;
            if (open.size() > MAX_BLOCK_DEPTH && !blockReported) {
                problems.add(new Problem(path, bodyLine + i, FIELD, "trích dẫn (>) và danh sách lồng nhau quá sâu ("
                        + open.size() + " tầng, tối đa " + MAX_BLOCK_DEPTH + "). Cách sửa: bớt tầng lồng nhau; mỗi "
                        + "dấu > ở đầu dòng và mỗi mức thụt lề của danh sách là một tầng."));
            }
            blockReported = open.size() > MAX_BLOCK_DEPTH;
            if (open.size() > 4 * MAX_BLOCK_DEPTH) { // reported; the innermost levels no longer matter
                open.subList(4 * MAX_BLOCK_DEPTH, open.size()).clear();
            }

            String rest = line.substring(Math.min(at, line.length())).strip();
            if (rest.isEmpty()) {
                inlineReported = false;
                continue;
            }
            if (delimiters(rest) <= MAX_INLINE_DEPTH) { // each level takes at least one delimiter
                continue;
            }
            int depth = rest.startsWith("|") // a table row: flexmark reads each cell on its own
                    ? Arrays.stream(rest.split("\\|")).mapToInt(MarkdownLimits::inlineDepth).max().orElse(0)
                    : inlineDepth(rest);
            if (depth > MAX_INLINE_DEPTH && !inlineReported) {
                problems.add(new Problem(path, bodyLine + i, FIELD, "dấu nhấn mạnh (*, _, ~~) hoặc ngoặc vuông [ ] "
                        + "lồng nhau quá sâu (hơn " + MAX_INLINE_DEPTH + " tầng trong một dòng). Cách sửa: xoá các dấu "
                        + "*, _, ~ và [ thừa, chưa được đóng, trong dòng này."));
                inlineReported = true;
            }
        }
        return problems;
    }

    /**
     * Reads the quote and list markers that open containers at {@code at}, adding them to {@code opened}.
     *
     * @return where the text after them starts
     */
    private static int openContainers(String line, int from, List<Integer> opened) {
        boolean[] breakFrom = thematicBreaks(line);
        int at = from;
        while (true) {
            int p = skipSpaces(line, at, Integer.MAX_VALUE);
            if (p >= line.length() || breakFrom[p]) {
                return at;
            }
            if (line.charAt(p) == '>') {
                opened.add(QUOTE);
                at = p + (p + 1 < line.length() && line.charAt(p + 1) == ' ' ? 2 : 1);
                continue;
            }
            int width = markerWidth(line, p);
            if (width == 0) {
                return at;
            }
            opened.add(container(line.charAt(p) == ':', p));
            at = p + width;
        }
    }

    /**
     * Closes the containers this line does not continue ({@code open} from {@code matched} on). After a blank line
     * all of them end; otherwise the line may be a lazy continuation of a paragraph inside them (and in flexmark's
     * pegdown profile a list marker does not interrupt a paragraph, and a definition holds the lists after it), so
     * they end only where the line's first marker is a sibling of one of them: an item of the same kind at the same
     * column or further left.
     */
    private static void close(List<Integer> open, int matched, Integer first, boolean blank) {
        int from = open.size();
        if (blank) {
            from = matched;
        } else if (first != null && first != QUOTE) {
            for (int j = matched; j < open.size(); j++) {
                int container = open.get(j);
                if (container != QUOTE && definition(container) == definition(first)
                        && column(container) >= column(first)) {
                    from = j;
                    break;
                }
            }
        }
        open.subList(from, open.size()).clear();
    }

    /** A list item (or definition, when {@code definition}) whose marker is at {@code column}. */
    private static int container(boolean definition, int column) {
        return 2 * column + (definition ? 1 : 0);
    }

    private static int column(int container) {
        return container / 2;
    }

    private static boolean definition(int container) {
        return container % 2 == 1;
    }

    private static int skipSpaces(String line, int from, int most) {
        int p = from;
        while (p < line.length() && line.charAt(p) == ' ' && p - from < most) {
            p++;
        }
        return p;
    }

    /**
     * The width of a list item's or definition's marker at {@code at} ({@code -}, {@code +}, {@code *}, {@code :},
     * {@code 1.}, {@code 1)}), followed by a space or the end of the line; 0 when there is none.
     */
    private static int markerWidth(String line, int at) {
        char c = line.charAt(at);
        int end = at;
        if (c == '-' || c == '+' || c == '*' || c == ':') {
            end = at + 1;
        } else {
            while (end < line.length() && end - at < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
                end++;
            }
            if (end == at || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
                return 0;
            }
            end++;
        }
        return end == line.length() || line.charAt(end) == ' ' ? end - at : 0;
    }

    /** For each position, whether the line from there is a thematic break ({@code ***}, {@code - - -}, {@code ___}). */
    private static boolean[] thematicBreaks(String line) {
        boolean[] breaks = new boolean[line.length() + 1];
        char mark = 0;
        int count = 0;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c != ' ') {
                if ((c != '-' && c != '*' && c != '_') || (mark != 0 && c != mark)) {
                    break;
                }
                mark = c;
                count++;
            }
            breaks[i] = count >= 3;
        }
        return breaks;
    }

    /**
     * How deep emphasis and brackets may nest in a line of text. At each point, each kind ({@code [}, {@code *},
     * {@code _}, {@code ~}) can be nested no deeper than the runs of it still open there (a run that may open adds
     * its length, one that surely closes takes it away) and no deeper than the runs after it that may close it: a
     * run that nothing closes nests nothing.
     */
    private static int inlineDepth(String text) {
        int kinds = DELIMITERS.length();
        List<int[]> runs = new ArrayList<>(); // {start, length, kind, opens (0/1), closes for sure (0/1), may close}
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int run = run(text, i);
            int kind = DELIMITERS.indexOf(c);
            if (c == ']') {
                runs.add(new int[]{i, run, 0, 0, 1, 1});
            } else if (c == '[') {
                runs.add(new int[]{i, run, 0, 1, 0, 0});
            } else if (kind > 0) {
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                char after = i + run >= text.length() ? ' ' : text.charAt(i + run);
                boolean mayOpen = flanks(after, before, !Character.isLetterOrDigit(before));
                boolean mayClose = flanks(before, after, !Character.isLetterOrDigit(after));
                boolean closes = flanks(before, after, PUNCTUATION.indexOf(after) >= 0);
                boolean opens = mayOpen && (!closes || c != '_'); // inside a word, * and ~ may open; _ does not
                runs.add(new int[]{i, run, kind, opens ? 1 : 0, closes && !mayOpen ? 1 : 0, mayClose ? 1 : 0});
            }
            i += run;
        }
        int[] closersAfter = new int[kinds];
        for (int[] r : runs) {
            closersAfter[r[2]] += r[5] * r[1];
        }
        int[] open = new int[kinds];
        int deepest = 0;
        for (int[] r : runs) {
            closersAfter[r[2]] -= r[5] * r[1];
            if (r[3] == 1) {
                open[r[2]] += r[1];
            } else if (r[4] == 1) {
                open[r[2]] = Math.max(0, open[r[2]] - r[1]);
            }
            int depth = 0;
            for (int k = 0; k < kinds; k++) {
                depth += Math.min(open[k], closersAfter[k]);
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    /** How many characters of {@code text} are among the {@link #DELIMITERS}: more than it can nest. */
    private static int delimiters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '*' || c == '_' || c == '~') { // the DELIMITERS
                count++;
            }
        }
        return count;
    }

    /**
     * CommonMark's flanking rule, for a delimiter run with {@code inside} on one side and {@code outside} on the
     * other, where the caller says whether {@code outside} counts as punctuation.
     */
    private static boolean flanks(char inside, char outside, boolean outsidePunctuation) {
        if (Character.isWhitespace(inside)) {
            return false;
        }
        return PUNCTUATION.indexOf(inside) < 0 || Character.isWhitespace(outside) || outsidePunctuation;
    }

    /** How many times the character at {@code i} repeats from there. */
    private static int run(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) == text.charAt(i)) {
            end++;
        }
        return end - i;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0 && !line.endsWith("\r")) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.append(" ".repeat(4 - out.length() % 4));
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

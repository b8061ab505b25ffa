package vn.congkhai.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a Word document as the Markdown officers write: paragraphs with bold and italic; bulleted and
 * numbered lists (Word's own, or lines typed with a leading dash); headings for articles ("Điều 1."), parts in Roman
 * numerals ("I.") and numbered sections in bold ("1."); tables as Markdown tables (a merged cell keeps its text in
 * its first cell, the cells it covers stay empty). The "Nơi nhận" block and the signature block at the end are
 * left out (the site and its printouts do not reproduce signatures) and reported.
 */
public final class MarkdownBody {

    /** The Markdown, what was left out at the end (its lines), and notes for the officer. */
    public record Result(String markdown, List<String> dropped, List<String> notes) {
    }

    private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+[a-z]?\\.)\\s*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.\\s+\\S.*");
    private static final Pattern SECTION = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s+\\S.*");
    private static final Pattern DASH = Pattern.compile("^[-–+•]\\s+(.*)$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(TM|KT|Q|TL|TUQ)\\.\\s.*|^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG ĐOÀN|NGƯỜI KÝ)$");

    private final List<String> out = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private boolean inList;
    private boolean romanSeen;
    private int tables;

    private MarkdownBody() {
    }

    public static Result of(List<WordFile.Block> blocks, int start) {
        MarkdownBody body = new MarkdownBody();
        int end = body.end(blocks, start);
        for (int i = start; i < end; i++) {
            if (blocks.get(i) instanceof WordFile.Para p) {
                body.para(p);
            } else if (blocks.get(i) instanceof WordFile.Table t) {
                body.table(t);
            }
        }
        List<String> dropped = new ArrayList<>();
        for (int i = end; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof WordFile.Para p && !p.text().isEmpty()) {
                dropped.add(p.text());
            } else if (blocks.get(i) instanceof WordFile.Table t) {
                t.rows().forEach(r -> r.forEach(c -> dropped.addAll(c.lines())));
            }
        }
        String markdown = String.join("\n", body.out).replaceAll("\n{3,}", "\n\n").strip();
        return new Result(markdown.isEmpty() ? "" : markdown + "\n", dropped, body.notes);
    }

    /** Where the end blocks start: a "Nơi nhận" paragraph or table, or a signature line after the body. */
    private int end(List<WordFile.Block> blocks, int start) {
        for (int i = start; i < blocks.size(); i++) {
            WordFile.Block b = blocks.get(i);
            if (b instanceof WordFile.Table t && (t.firstCellText().startsWith("Nơi nhận")
                    || t.rows().stream().flatMap(List::stream).anyMatch(c -> SIGNATURE.matcher(c.text()).matches()))) {
                return i;
            }
            if (b instanceof WordFile.Para p && (p.text().startsWith("Nơi nhận")
                    || (SIGNATURE.matcher(p.text()).matches() && i > start))) {
                return i;
            }
        }
        return blocks.size();
    }

    private void para(WordFile.Para p) {
        String text = p.text();
        if (text.isEmpty()) {
            endList();
            return;
        }
        Matcher article = ARTICLE.matcher(text);
        if (article.matches()) {
            String bold = leadingBold(p);
            String heading = bold.length() > article.group(1).length() ? bold : article.group(1);
            block("## " + heading);
            String rest = text.substring(heading.length()).strip();
            if (!rest.isEmpty()) {
                block(escape(rest, true));
            }
            return;
        }
        if (p.list() == null && ROMAN.matcher(text).matches() && (p.allBold() || isCapitals(text))) {
            romanSeen = true;
            block("## " + text);
            return;
        }
        Matcher section = SECTION.matcher(text);
        if (p.list() == null && section.matches() && p.allBold() && text.length() <= 150) {
            int depth = section.group(1).split("\\.").length;
            block("#".repeat(Math.min(6, (romanSeen ? 2 : 1) + depth)) + " " + text);
            return;
        }
        if (p.list() != null) {
            String indent = "   ".repeat(p.level());
            String marker;
            if ("bullet".equals(p.list()) || "none".equals(p.list())) {
                marker = "- ";
            } else {
                int n = counters.merge(p.listId() + "/" + p.level(), 1, Integer::sum);
                marker = n + ". ";
            }
            item(indent + marker + inline(p.spans()));
            return;
        }
        Matcher dash = DASH.matcher(text);
        if (dash.matches()) {
            item("- " + inline(strip(p.spans(), text.length() - dash.group(1).length())));
            return;
        }
        block(inline(p.spans()));
    }

    private void table(WordFile.Table t) {
        tables++;
        int columns = t.rows().stream().mapToInt(r -> r.stream().mapToInt(WordFile.Cell::span).sum()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        boolean merged = false;
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (WordFile.Cell c : t.rows().get(r)) {
                merged |= c.span() > 1 || c.continued();
                cells.add(c.continued() ? "" : escape(c.text(), false).replace("|", "\\|"));
                for (int s = 1; s < c.span(); s++) {
                    cells.add("");
                }
            }
            while (cells.size() < columns) {
                cells.add("");
            }
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) {
                lines.add("|" + " --- |".repeat(columns));
            }
        }
        block(String.join("\n", lines));
        if (merged) {
            notes.add("Bảng thứ " + tables + " có ô gộp: chữ của ô gộp ghi ở ô đầu, các ô nó phủ để trống. "
                    + "Kiểm tra lại bảng này.");
        }
    }

    private void block(String markdown) {
        endList();
        out.add("");
        out.add(markdown);
    }

    private void item(String markdown) {
        if (!inList) {
            out.add("");
            inList = true;
        }
        out.add(markdown);
    }

    private void endList() {
        inList = false;
    }

    /** The bold text at the start of a paragraph ("Điều 1. Phạm vi điều chỉnh"). */
    private static String leadingBold(WordFile.Para p) {
        StringBuilder bold = new StringBuilder();
        for (WordFile.Span s : p.spans()) {
            if (!s.bold() && !s.text().isBlank()) {
                break;
            }
            bold.append(s.text());
        }
        return bold.toString().strip();
    }

    /** Spans without their first {@code chars} characters (a typed dash). */
    private static List<WordFile.Span> strip(List<WordFile.Span> spans, int chars) {
        List<WordFile.Span> rest = new ArrayList<>();
        int skip = chars + leadingSpace(spans);
        for (WordFile.Span s : spans) {
            if (skip >= s.text().length()) {
                skip -= s.text().length();
                continue;
            }
            rest.add(new WordFile.Span(s.text().substring(skip), s.bold(), s.italic()));
            skip = 0;
        }
        return rest;
    }

    private static int leadingSpace(List<WordFile.Span> spans) {
        String all = String.join("", spans.stream().map(WordFile.Span::text).toList());
        return all.length() - all.stripLeading().length();
    }

    /** Runs as Markdown: neighbours with the same emphasis merged, spaces kept outside the markers. */
    static String inline(List<WordFile.Span> spans) {
        List<WordFile.Span> merged = new ArrayList<>();
        for (WordFile.Span s : spans) {
            WordFile.Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean blank = s.text().isBlank();
            if (last != null && (blank || (last.bold() == s.bold() && last.italic() == s.italic()))) {
                merged.set(merged.size() - 1, new WordFile.Span(last.text() + s.text(), last.bold(), last.italic()));
            } else {
                merged.add(s);
            }
        }
        StringBuilder md = new StringBuilder();
        for (WordFile.Span s : merged) {
            String text = s.text();
            String core = text.strip();
            if (core.isEmpty()) {
                md.append(text);
                continue;
            }
            String lead = text.substring(0, text.indexOf(core));
            String trail = text.substring(text.indexOf(core) + core.length());
            String mark = (s.bold() ? "**" : "") + (s.italic() ? "*" : "");
            md.append(lead).append(mark).append(escape(core, false))
                    .append(new StringBuilder(mark).reverse()).append(trail);
        }
        return md.toString().replaceAll("\\s+", " ").strip();
    }

    /** Characters Markdown would read as formatting, escaped. */
    static String escape(String text, boolean paragraph) {
        String escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "\\<");
        if (paragraph && escaped.matches("^(#|>).*")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }

    private static boolean isCapitals(String text) {
        return text.equals(text.toUpperCase(java.util.Locale.forLanguageTag("vi")));
    }
}

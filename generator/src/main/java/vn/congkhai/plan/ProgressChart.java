package vn.congkhai.plan;

import vn.congkhai.text.Markup;
import vn.congkhai.text.VietnameseFormat;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, made at bake time: no JavaScript, sharp in print, and read by screen readers
 * through its title and description (the page also shows the same figures as a table).
 */
public final class ProgressChart {

    /** A bar: its label and a percentage 0–100. */
    public record Bar(String label, double percent) {
    }

    private static final int WIDTH = 600;
    private static final int ROW = 54;

    private ProgressChart() {
    }

    public static String svg(String id, String title, List<Bar> bars) {
        StringBuilder desc = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            String pct = VietnameseFormat.percent(java.math.BigDecimal.valueOf(b.percent() / 100));
            desc.append(i > 0 ? "; " : "").append(b.label()).append(": ").append(pct);
            int y = i * ROW;
            body.append("\n<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"16\">")
                    .append(Markup.escape(b.label())).append(" — ").append(pct).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(y + 26).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"18\" fill=\"#e6e6e6\"/>")
                    .append("<rect x=\"0\" y=\"").append(y + 26).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", WIDTH * Math.max(0, Math.min(100, b.percent())) / 100))
                    .append("\" height=\"18\" fill=\"#0b4fa3\"/>");
        }
        return "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + Math.max(ROW, bars.size() * ROW)
                + "\" aria-labelledby=\"" + id + "-t " + id + "-d\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "\n<title id=\"" + id + "-t\">" + Markup.escape(title) + "</title>\n<desc id=\"" + id + "-d\">"
                + Markup.escape(desc.toString()) + "</desc>" + body + "\n</svg>";
    }
}

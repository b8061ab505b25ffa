package vn.congkhai.text;

/** Text made safe inside HTML, SVG or XML written by hand (templates escape on their own). */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

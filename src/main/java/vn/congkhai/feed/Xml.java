package vn.congkhai.feed;

/** Text and attribute values escaped for XML. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

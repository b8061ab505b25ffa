package vn.congkhai.feed;

import vn.congkhai.text.Markup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The site's Atom feed: new disclosures and substantive changes to them, newest first, with absolute addresses from
 * the configured site address. Every date comes from the content or its history, never from the clock.
 */
public final class AtomFeed {

    /** How many entries the feed keeps. */
    public static final int SIZE = 50;

    /** An entry: a disclosure published, or changed substantively ({@code change} set). */
    public record Entry(String title, String uri, LocalDate date, String summary, String change) {
    }

    private AtomFeed() {
    }

    public static String xml(String siteAddress, String siteTitle, String author, List<Entry> entries) {
        List<Entry> newest = entries.stream().sorted(Comparator.comparing(Entry::date).reversed()
                .thenComparing(Entry::uri).thenComparing(e -> e.change() == null ? "" : e.change())).limit(SIZE).toList();
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).date();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>").append(Markup.escape(siteTitle)).append("</title>\n")
                .append("  <id>").append(Markup.escape(siteAddress)).append("/</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Markup.escape(siteAddress)).append("/feed.xml\"/>\n")
                .append("  <link href=\"").append(Markup.escape(siteAddress)).append("/\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00+07:00</updated>\n")
                .append("  <author><name>").append(Markup.escape(author)).append("</name></author>\n");
        for (Entry e : newest) {
            String address = siteAddress + "/" + e.uri();
            String id = e.change() == null ? address : address + "#" + e.change();
            String title = e.change() == null ? e.title() : "Cập nhật: " + e.title();
            xml.append("  <entry>\n")
                    .append("    <title>").append(Markup.escape(title)).append("</title>\n")
                    .append("    <id>").append(Markup.escape(id)).append("</id>\n")
                    .append("    <link href=\"").append(Markup.escape(address)).append("\"/>\n")
                    .append("    <updated>").append(e.date()).append("T00:00:00+07:00</updated>\n")
                    .append("    <summary>").append(Markup.escape(e.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}

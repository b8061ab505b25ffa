package vn.congkhai.feed;

import vn.congkhai.text.Markup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An Atom feed (RFC 4287): the site's, a section's or a hamlet's new disclosures and substantive changes to them, newest
 * first, with absolute addresses from the configured site address. Every date comes from the content or its history,
 * never from the clock.
 */
public final class AtomFeed {

    /** How many entries the feed keeps. */
    public static final int SIZE = 50;

    /**
     * An entry: a disclosure published, or changed substantively ({@code change} set); {@code uri} from the site's
     * root, or absolute.
     */
    public record Entry(String title, String uri, LocalDate date, String summary, String change) {
    }

    /**
     * Which feed it is, with absolute addresses.
     *
     * @param id        its permanent identifier
     * @param self      where it is read
     * @param alternate the page that shows the same list
     */
    public record Channel(String id, String title, String self, String alternate, String author) {
    }

    private AtomFeed() {
    }

    /** The feed of {@code entries}; their {@link Entry#uri} are from {@code siteAddress}, or absolute. */
    public static String xml(String siteAddress, Channel channel, List<Entry> entries) {
        List<Entry> newest = entries.stream().sorted(Comparator.comparing(Entry::date).reversed()
                .thenComparing(Entry::uri).thenComparing(e -> e.change() == null ? "" : e.change())).limit(SIZE).toList();
        LocalDate updated = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : newest.get(0).date();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>").append(Markup.escape(channel.title())).append("</title>\n")
                .append("  <id>").append(Markup.escape(channel.id())).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Markup.escape(channel.self())).append("\"/>\n")
                .append("  <link href=\"").append(Markup.escape(channel.alternate())).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00+07:00</updated>\n")
                .append("  <author><name>").append(Markup.escape(channel.author())).append("</name></author>\n");
        for (Entry e : newest) {
            // a feed across sites (the province's) names each entry's own site
            String address = e.uri().startsWith("https://") || e.uri().startsWith("http://") ? e.uri()
                    : siteAddress + "/" + e.uri();
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

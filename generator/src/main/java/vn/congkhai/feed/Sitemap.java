package vn.congkhai.feed;

import vn.congkhai.text.Markup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9): every public page with its absolute address and, where known, its last change. */
public final class Sitemap {

    /** A page and the day it last changed, or null. */
    public record Url(String uri, LocalDate lastModified) {
    }

    private Sitemap() {
    }

    public static String xml(String siteAddress, List<Url> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Url u : urls.stream().sorted(Comparator.comparing(Url::uri)).toList()) {
            String path = u.uri().equals("index.html") ? "" : u.uri();
            xml.append("  <url><loc>").append(Markup.escape(siteAddress + "/" + path)).append("</loc>");
            if (u.lastModified() != null) {
                xml.append("<lastmod>").append(u.lastModified()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}

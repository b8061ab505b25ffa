package vn.congkhai.model;

import vn.congkhai.config.SiteConfig;
import vn.congkhai.text.Markdown;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated content of the whole site: every disclosure (drafts included, so that checks can see them), the
 * typed data of those that have it, the full texts that JSON disclosures name, and what is published.
 *
 * @param markdown the Markdown of this content's texts, each parsed once whichever stages read it (the links of a
 *                 published body are checked and its page made from one parse)
 */
public record SiteContent(SiteConfig config, List<Disclosure> disclosures, Map<String, DisclosureData> data,
                          Map<String, String> texts, List<Disclosure> published, Map<String, Path> files,
                          Markdown markdown) {

    /** Immutable once built, in the order given: what it holds reaches every page's model. */
    public SiteContent {
        disclosures = List.copyOf(disclosures);
        published = List.copyOf(published);
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
        texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }

    /** Newest first; same day by address, so that the order never depends on the file system. */
    public static final Comparator<Disclosure> NEWEST_FIRST = Comparator.comparing(Disclosure::date).reversed()
            .thenComparing(Disclosure::uri);

    /**
     * The site's content, with what citizens see on the bake date ({@link #published()}: no drafts but in the
     * preview, nothing dated after it, newest first) worked out once.
     */
    public static SiteContent of(SiteConfig config, List<Disclosure> disclosures, Map<String, DisclosureData> data,
                                 Map<String, String> texts) {
        return of(config, disclosures, data, texts, new Markdown());
    }

    /** The site's content, its Markdown rendered by {@code markdown}. */
    public static SiteContent of(SiteConfig config, List<Disclosure> disclosures, Map<String, DisclosureData> data,
                                 Map<String, String> texts, Markdown markdown) {
        List<Disclosure> published = disclosures.stream().filter(d -> d.isShownOn(config.bakeDate(),
                        config.draftsShown()))
                .sorted(NEWEST_FIRST).toList();
        return new SiteContent(config, disclosures, data, texts, published, Map.of(), markdown);
    }

    /**
     * The same content with the files the site publishes as they are (checked attachments named by published
     * disclosures, the theme's files), by site path, with the file to copy.
     */
    public SiteContent withFiles(Map<String, Path> files) {
        return new SiteContent(config, disclosures, data, texts, published, Map.copyOf(files), markdown);
    }

    public List<Disclosure> published(DisclosureType type) {
        return published.stream().filter(d -> d.type() == type).toList();
    }

    /** The typed data of a JSON disclosure, if it is of the given kind. */
    public <T extends DisclosureData> Optional<T> data(Disclosure disclosure, Class<T> kind) {
        DisclosureData d = data.get(disclosure.uri());
        return kind.isInstance(d) ? Optional.of(kind.cast(d)) : Optional.empty();
    }

    /** The quarter a disclosure counts in for the Art. 13 quarterly list: when it was posted, else issued. */
    public static java.time.LocalDate disclosedOn(Disclosure d) {
        return d.posting() != null && d.posting().from() != null ? d.posting().from() : d.date();
    }

    /** Addresses of the quarterly disclosure lists, one per quarter that has published disclosures. */
    public java.util.SortedSet<String> quarterPages() {
        java.util.SortedSet<String> pages = new java.util.TreeSet<>();
        for (Disclosure d : published()) {
            if (d.item() != null) {
                java.time.LocalDate day = disclosedOn(d);
                pages.add(SitePages.quarter(day.getYear(), (day.getMonthValue() + 2) / 3));
            }
        }
        return pages;
    }
}

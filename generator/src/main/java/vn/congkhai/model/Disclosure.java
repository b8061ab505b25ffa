package vn.congkhai.model;

import vn.congkhai.content.SourceDocument;

import java.time.LocalDate;
import java.util.List;

/**
 * A content file whose metadata passed validation: what every disclosure has, whatever its type.
 *
 * @param uri          the page address relative to the site root, e.g. {@code ho-ngheo/2024-chinh-thuc.html}
 * @param effective    the day it takes effect ({@code ngay_hieu_luc}, Decree 42/2022), or null when it gives none
 * @param issuer       issuing body: {@code co_quan}, or the commune's People's Committee
 * @param item         Art. 11 item 1–14, or null for plain pages
 * @param posting      posting period on the notice board, or null when the file gives none
 */
public record Disclosure(SourceDocument source, String uri, String title, LocalDate date, LocalDate effective,
                         DisclosureType type,
                         boolean draft, String number, String issuer, Integer item, PostingPeriod posting,
                         List<Attachment> attachments) {

    /** Drafts are never published; a disclosure dated in the future waits for its day. */
    public boolean isPublishedOn(LocalDate today) {
        return !draft && !date.isAfter(today);
    }

    /** Whether a site baked on {@code today} shows it: as published, or as a draft where drafts are shown. */
    public boolean isShownOn(LocalDate today, boolean drafts) {
        return (drafts || !draft) && !date.isAfter(today);
    }

    /** The same disclosure read from {@code other}: a Markdown header with its values typed as its schema says. */
    public Disclosure withSource(SourceDocument other) {
        return new Disclosure(other, uri, title, date, effective, type, draft, number, issuer, item, posting, attachments);
    }

    public String itemName() {
        return item == null ? null : ArticleElevenItem.name(item);
    }
}

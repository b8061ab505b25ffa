package vn.congkhai.metadata;

import vn.congkhai.kind.PublicService;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.types.ContentTypes;

import java.time.LocalDate;

/**
 * A published disclosure as its metadata describes it, worked out once for its page's JSON-LD and the catalogue.
 *
 * @param description what it is in a sentence (its kind's summary, else its section and title)
 * @param modified    the day its file last changed (the last commit that changed it), else its date
 * @param dataset     its open data, or null for a Markdown disclosure
 * @param service     the service it describes (a procedure's), or null
 */
public record Described(Disclosure doc, String description, LocalDate modified, Dataset dataset,
                        PublicService service) {

    public static Described of(Disclosure d, DisclosureData data, Dataset dataset, LocalDate modified) {
        String summary = ContentTypes.summary(d, data);
        return new Described(d, summary != null ? summary : d.type().sectionName() + ": " + d.title(),
                modified, dataset, ContentTypes.service(d, data).orElse(null));
    }
}

package vn.congkhai.kind;

import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.Markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the generator knows about one JSON type of the content contract, in the type's own package: how its
 * file is read (after its JSON Schema, {@code schemas/<type>.schema.json}, has passed), what its page shows (printed
 * by {@code templates/<type>.pebble} and {@code templates/in/<type>.pebble}), its open-data table, its search text
 * and how a spreadsheet maps to it. A kind is registered by one line of {@code ContentTypes}, as JBake registers
 * its engines.
 *
 * @param <T> the type's data
 */
public interface DisclosureKind<T extends DisclosureData> {

    /** The contract's type this kind reads. */
    DisclosureType type();

    Class<T> dataClass();

    /** Reads a document whose schema check passed; reports through {@code in.checks()}; null if unreadable. */
    T read(ReadInput in);

    /** What its page (and printout) shows under the heading: a record the type's templates print. */
    Object view(T data, PageInput in);

    /** Its open-data table: only the contract's published fields. */
    Table table(T data);

    /** What it is, in a sentence, for the start of its search snippet; null for none. */
    String summary(T data);

    /** The words a citizen could look for in it. */
    String searchText(T data, Markdown markdown);

    /** The heading it is listed under on its section's page; null when the section is not grouped. */
    default String group(T data) {
        return null;
    }

    /**
     * The hamlets it concerns, as written in it (a household list's rows, where a question came from, the hamlets a
     * consultation asks): each hamlet's page and feed list it.
     */
    default List<String> hamlets(T data) {
        return List.of();
    }

    /** How the groups of its section are ordered. */
    default Grouping grouping() {
        return Grouping.NEWEST_FIRST;
    }

    /** Files it names besides its attachments ({@code tep}), published with it: site paths. */
    default List<String> namedFiles(T data) {
        return List.of();
    }

    /**
     * The fields that hold its lists of people (rows whose every text the personal-data guard reads as a person's
     * row, where a birth date or an ID number is refused).
     */
    default List<String> peopleLists() {
        return List.of();
    }

    /**
     * What the values of its people rows are, by field, where they are not free text: {@code ngay} for a date (never
     * read as a birth date), {@code tien} and {@code so} for amounts and numbers (never read as ID numbers when
     * written as JSON numbers).
     */
    default Map<String, String> peopleColumnKinds() {
        return Map.of();
    }

    /**
     * JSON Pointers of fields named for a phone that hold the commune's own public contact (how to respond to a
     * consultation), not a citizen's: the personal-data guard lets their name pass. A {@code *} segment stands for
     * every row of a list ({@code /lanh_dao/&#42;/dien_thoai}).
     */
    default Set<String> publicContactFields() {
        return Set.of();
    }

    /**
     * The phone numbers a document of this type publishes as the commune's official contacts (its organisation's),
     * read from the file as written, before any check: while it is published, the personal-data guard lets them pass
     * in every file, as it does the numbers of the commune's configuration.
     */
    default List<String> publicNumbers(SourceDocument doc) {
        return List.of();
    }

    /** The content path of a Markdown full text it publishes inside its page (a plan's), or null. */
    default String fullTextPath(T data) {
        return null;
    }

    /** Pages a disclosure of it adds besides its own (a plan's period reports), in the order they are listed. */
    default List<ExtraPage> extraPages(T data, PageInput in) {
        return List.of();
    }

    /**
     * What it adds across its published disclosures of {@code content}: pages of its own, links to them on its
     * section's page, entries of the home page.
     */
    default SectionExtras sectionExtras(SiteContent content) {
        return SectionExtras.NONE;
    }

    /** The service it describes to citizens, with its fees, for machine-readable metadata; empty for none. */
    default Optional<PublicService> service(T data) {
        return Optional.empty();
    }

    /** A code that must be unique across the site's disclosures of this type, if it has one. */
    default Optional<UniqueCode> uniqueCode(T data) {
        return Optional.empty();
    }

    /** How a spreadsheet becomes a disclosure of this type, if it can. */
    default Optional<SpreadsheetMapping> spreadsheet() {
        return Optional.empty();
    }

    /** How the groups of a section are ordered. */
    enum Grouping {
        /** Group headings in Vietnamese alphabetical order, items by title (procedures by field). */
        ALPHABETICAL,
        /** Group headings in reverse order (latest year first), items newest first. */
        NEWEST_FIRST
    }
}

package vn.congkhai.types;

import vn.congkhai.answer.AnswerKind;
import vn.congkhai.budget.BudgetKind;
import vn.congkhai.compensation.CompensationKind;
import vn.congkhai.consultation.ConsultationKind;
import vn.congkhai.landprice.LandPriceKind;
import vn.congkhai.household.HouseholdKind;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.PublicService;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.kind.SpreadsheetMapping;
import vn.congkhai.kind.Table;
import vn.congkhai.kind.UniqueCode;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.organisation.OrganisationKind;
import vn.congkhai.plan.PlanKind;
import vn.congkhai.procedure.ProcedureKind;
import vn.congkhai.reception.ReceptionKind;
import vn.congkhai.sheet.SheetKind;
import vn.congkhai.text.Markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of the JSON types the generator reads: one line per kind. The stages ask it for a type's reader,
 * view, table, search text and spreadsheet mapping instead of knowing the types themselves.
 */
public final class ContentTypes {

    private static final Map<DisclosureType, DisclosureKind<?>> KINDS = new ConcurrentHashMap<>();

    static {
        register(new HouseholdKind());
        register(new ProcedureKind());
        register(new BudgetKind());
        register(new PlanKind());
        register(new SheetKind());
        register(new ReceptionKind());
        register(new ConsultationKind());
        register(new AnswerKind());
        register(new LandPriceKind());
        register(new CompensationKind());
        register(new OrganisationKind());
    }

    private ContentTypes() {
    }

    private static void register(DisclosureKind<?> kind) {
        if (KINDS.putIfAbsent(kind.type(), kind) != null) {
            throw new IllegalStateException("two kinds for " + kind.type().code());
        }
    }

    /**
     * Registers {@code kind} and its type, after the built-in ones, until the scope returned is closed: a test's own
     * type, baked while the scope is open and unknown after it.
     */
    public static DisclosureType.Scope add(DisclosureKind<?> kind) {
        DisclosureType.Scope type = DisclosureType.add(kind.type());
        register(kind);
        return () -> {
            KINDS.remove(kind.type());
            type.close();
        };
    }

    /** The kind of a type, if it is a registered JSON type. */
    public static Optional<DisclosureKind<?>> of(DisclosureType type) {
        return Optional.ofNullable(KINDS.get(type));
    }

    /** The registered kinds, in the order of their types. */
    public static List<DisclosureKind<?>> all() {
        return Arrays.stream(DisclosureType.values()).map(KINDS::get).filter(Objects::nonNull)
                .<DisclosureKind<?>>map(k -> k).toList();
    }

    /** Reads a document of {@code type}; null when it is not a JSON type or could not be read. */
    public static DisclosureData read(DisclosureType type, ReadInput in) {
        return of(type).map(kind -> (DisclosureData) kind.read(in)).orElse(null);
    }

    /** The typed view of a disclosure's data for its page, or null. */
    public static Object view(DisclosureData data, PageInput in) {
        return data == null ? null : typed(in.disclosure().type()).view(data, in);
    }

    public static Table table(Disclosure d, DisclosureData data) {
        return typed(d.type()).table(data);
    }

    public static String summary(Disclosure d, DisclosureData data) {
        return data == null ? null : typed(d.type()).summary(data);
    }

    public static String searchText(Disclosure d, DisclosureData data, Markdown markdown) {
        return data == null ? "" : typed(d.type()).searchText(data, markdown);
    }

    /** The group heading of {@code d} in its section, or null when its section is not grouped. */
    public static String group(Disclosure d, DisclosureData data) {
        return data == null ? null : typed(d.type()).group(data);
    }

    /** The hamlets {@code d} concerns, as written in it; none for a type that names none. */
    public static List<String> hamlets(Disclosure d, DisclosureData data) {
        return data == null ? List.of() : typed(d.type()).hamlets(data);
    }

    public static DisclosureKind.Grouping grouping(DisclosureType type) {
        return of(type).map(DisclosureKind::grouping).orElse(DisclosureKind.Grouping.NEWEST_FIRST);
    }

    public static List<String> namedFiles(Disclosure d, DisclosureData data) {
        return data == null ? List.of() : typed(d.type()).namedFiles(data);
    }

    /** The content path of the Markdown full text published inside the page of {@code d}, or null. */
    public static String fullTextPath(Disclosure d, DisclosureData data) {
        return data == null ? null : typed(d.type()).fullTextPath(data);
    }

    /** The pages the disclosure of {@code in} adds besides its own (a plan's period reports). */
    public static List<ExtraPage> extraPages(DisclosureData data, PageInput in) {
        return data == null ? List.of() : typed(in.disclosure().type()).extraPages(data, in);
    }

    /** The phone numbers {@code doc}, of {@code type}, publishes as the commune's official contacts. */
    public static List<String> publicNumbers(DisclosureType type, SourceDocument doc) {
        return of(type).map(kind -> kind.publicNumbers(doc)).orElse(List.of());
    }

    /** What {@code type} adds across its published disclosures: its own pages, links, home page entries. */
    public static SectionExtras sectionExtras(DisclosureType type, SiteContent content) {
        return of(type).map(kind -> kind.sectionExtras(content)).orElse(SectionExtras.NONE);
    }

    /** The service {@code d} describes (a procedure's), or empty. */
    public static Optional<PublicService> service(Disclosure d, DisclosureData data) {
        return data == null ? Optional.empty() : typed(d.type()).service(data);
    }

    public static Optional<UniqueCode> uniqueCode(Disclosure d, DisclosureData data) {
        return typed(d.type()).uniqueCode(data);
    }

    public static Optional<SpreadsheetMapping> spreadsheet(DisclosureType type) {
        return of(type).flatMap(DisclosureKind::spreadsheet);
    }

    /** The types a spreadsheet can be imported into, by code, comma-separated. */
    public static String spreadsheetCodes() {
        return String.join(", ", all().stream().filter(k -> k.spreadsheet().isPresent())
                .map(k -> k.type().code()).toList());
    }

    private static Untyped typed(DisclosureType type) {
        DisclosureKind<?> kind = KINDS.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("no kind for " + type.code());
        }
        return new Untyped(kind);
    }

    /** A kind called with data whose class it checks, so that callers need no casts. */
    private record Untyped(DisclosureKind<?> kind) {

        Object view(DisclosureData data, PageInput in) {
            return call(kind, data, (k, d) -> k.view(d, in));
        }

        Table table(DisclosureData data) {
            return call(kind, data, DisclosureKind::table);
        }

        String summary(DisclosureData data) {
            return call(kind, data, DisclosureKind::summary);
        }

        String searchText(DisclosureData data, Markdown markdown) {
            return call(kind, data, (k, d) -> k.searchText(d, markdown));
        }

        String group(DisclosureData data) {
            return call(kind, data, DisclosureKind::group);
        }

        List<String> hamlets(DisclosureData data) {
            return call(kind, data, DisclosureKind::hamlets);
        }

        List<String> namedFiles(DisclosureData data) {
            return call(kind, data, DisclosureKind::namedFiles);
        }

        String fullTextPath(DisclosureData data) {
            return call(kind, data, DisclosureKind::fullTextPath);
        }

        List<ExtraPage> extraPages(DisclosureData data, PageInput in) {
            return call(kind, data, (k, t) -> k.extraPages(t, in));
        }

        Optional<UniqueCode> uniqueCode(DisclosureData data) {
            return call(kind, data, DisclosureKind::uniqueCode);
        }

        Optional<PublicService> service(DisclosureData data) {
            return call(kind, data, DisclosureKind::service);
        }

        private static <T extends DisclosureData, R> R call(DisclosureKind<T> kind, DisclosureData data,
                                                            java.util.function.BiFunction<DisclosureKind<T>, T, R> f) {
            return f.apply(kind, kind.dataClass().cast(data));
        }
    }
}

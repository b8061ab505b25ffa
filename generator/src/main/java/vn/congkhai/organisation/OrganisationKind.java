package vn.congkhai.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.kind.Table;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.congkhai.kind.Table.field;

/**
 * The commune's organisation and contacts ({@code co-cau-to-chuc}, Decree 42/2022): its page, its English page, its
 * directory as open data, and the official numbers it makes public for the personal-data guard.
 */
public final class OrganisationKind implements DisclosureKind<Organisation> {

    /** The English page of the current organisation file (an ASCII address, as every page's). */
    public static final String ENGLISH_PAGE = "en/organisation.html";

    /** Where a file of this type names a phone number: the body's, each leader's and department's, the focal officer's. */
    private static final List<String> PHONES = List.of("/dien_thoai", "/lanh_dao/*/dien_thoai",
            "/bo_phan/*/dien_thoai", "/dau_moi/dien_thoai");

    @Override
    public DisclosureType type() {
        return DisclosureType.CO_CAU_TO_CHUC;
    }

    @Override
    public Class<Organisation> dataClass() {
        return Organisation.class;
    }

    @Override
    public Organisation read(ReadInput in) {
        return OrganisationReader.read(in.checks());
    }

    @Override
    public Object view(Organisation o, PageInput in) {
        Disclosure current = current(in);
        boolean isCurrent = current == null || current.uri().equals(in.disclosure().uri());
        return OrganisationView.of(o, isCurrent ? ENGLISH_PAGE : null, isCurrent ? null
                : "Đã có thông tin tổ chức mới hơn, ban hành ngày " + VietnameseFormat.date(current.date()) + ": "
                + current.title() + ".");
    }

    /** The English page, of the current organisation file only: one English page for the site. */
    @Override
    public List<ExtraPage> extraPages(Organisation o, PageInput in) {
        Disclosure current = current(in);
        if (current != null && !current.uri().equals(in.disclosure().uri())) {
            return List.of();
        }
        var commune = in.content().config().commune();
        EnglishView english = EnglishView.of(o, commune.name(), commune.province(), in.disclosure().uri());
        return List.of(ExtraPage.web(ENGLISH_PAGE, "co-cau-to-chuc-en", "Organisation and contacts",
                Map.of("en", english)));
    }

    /** The home page links the English page, where a visitor who reads no Vietnamese arrives. */
    @Override
    public SectionExtras sectionExtras(SiteContent content) {
        return content.published(DisclosureType.CO_CAU_TO_CHUC).isEmpty() ? SectionExtras.NONE
                : new SectionExtras(List.of(), List.of(), Map.of("englishPage", ENGLISH_PAGE));
    }

    /** The newest published organisation file: the current one. */
    private static Disclosure current(PageInput in) {
        List<Disclosure> all = in.content().published(DisclosureType.CO_CAU_TO_CHUC);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The directory: one row per leader, department and the focal officer, with their official contacts. */
    @Override
    public Table table(Organisation o) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Table.row("Cơ quan", "Ủy ban nhân dân xã", o.address(), o.phone(), o.email()));
        o.leaders().forEach(l -> rows.add(Table.row("Lãnh đạo", l.name(), l.title() + "; phụ trách: " + l.fields(),
                l.phone(), l.email())));
        o.posts().forEach(p -> rows.add(Table.row("Bộ phận", p.name(), p.duties(), p.phone(), p.email())));
        rows.add(Table.row("Đầu mối cung cấp thông tin", o.focal().name(), o.focal().title(), o.focal().phone(),
                o.focal().email()));
        return new Table(List.of(field("loai", "Loại", "string"), field("ten", "Tên", "string"),
                field("chuc_vu_nhiem_vu", "Chức vụ, nhiệm vụ", "string"), field("dien_thoai", "Điện thoại", "string"),
                field("email", "Thư điện tử", "string")), rows);
    }

    @Override
    public String summary(Organisation o) {
        return o.leaders().size() + " lãnh đạo, " + o.posts().size() + " bộ phận, điện thoại " + o.phone()
                + ", thư điện tử " + o.email();
    }

    @Override
    public String searchText(Organisation o, Markdown markdown) {
        List<String> parts = new ArrayList<>(List.of(o.address(), o.phone(), o.email(), o.focal().name()));
        o.leaders().forEach(l -> parts.add(l.name() + " " + l.title() + " " + l.fields()));
        o.posts().forEach(p -> parts.add(p.name() + " " + p.duties() + (p.head() == null ? "" : " " + p.head())));
        return String.join(" ", parts);
    }

    /** Its lists name people: the guard reads their rows as it reads any list of people (no ID, no birth date). */
    @Override
    public List<String> peopleLists() {
        return List.of("lanh_dao", "bo_phan");
    }

    /**
     * Fields named for a phone that hold the commune's official contacts, published by its decision (Decree 42/2022
     * asks for them): the guard lets their names pass.
     */
    @Override
    public Set<String> publicContactFields() {
        return Set.copyOf(PHONES);
    }

    /** Every phone number the file lists is an official contact of the commune, public in every file. */
    @Override
    public List<String> publicNumbers(SourceDocument doc) {
        List<String> numbers = new ArrayList<>();
        JsonNode root = doc.metadata();
        for (String pointer : PHONES) {
            String[] at = pointer.split("/\\*/");
            if (at.length == 1) {
                add(root.at(pointer), numbers);
            } else {
                root.at(at[0]).forEach(row -> add(row.path(at[1]), numbers));
            }
        }
        return numbers;
    }

    private static void add(JsonNode number, List<String> numbers) {
        if (number.isTextual()) {
            numbers.add(number.asText());
        }
    }
}

package vn.congkhai.consultation;

import org.jsoup.Jsoup;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.congkhai.kind.Table.field;

/** A matter put to the citizens' opinion and its result ({@code lay-y-kien}), Art. 11 item 11. */
public final class ConsultationKind implements DisclosureKind<Consultation> {

    @Override
    public DisclosureType type() {
        return DisclosureType.LAY_Y_KIEN;
    }

    @Override
    public Class<Consultation> dataClass() {
        return Consultation.class;
    }

    @Override
    public Consultation read(ReadInput in) {
        return ConsultationReader.read(in.checks());
    }

    @Override
    public Object view(Consultation c, PageInput in) {
        return new ConsultationView(c, ConsultationState.of(c, in.bakeDate()),
                c.draft() == null ? null : in.markdown().toHtml(c.draft(), 1));
    }

    /** The consultations open on the bake date, listed first on the home page. */
    @Override
    public SectionExtras sectionExtras(SiteContent content) {
        return new SectionExtras(List.of(), List.of(), Map.of("consultations", OpenConsultations.of(content)));
    }

    @Override
    public Table table(Consultation c) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < c.opinions().size(); i++) {
            Consultation.Opinion o = c.opinions().get(i);
            rows.add(Table.row(i + 1, o.text(), o.count(), o.answer()));
        }
        return new Table(List.of(field("stt", "STT", "integer"), field("noi_dung", "Nội dung ý kiến", "string"),
                field("so_luot", "Số lượt ý kiến", "integer"), field("tra_loi", "Tiếp thu, giải trình", "string")),
                rows);
    }

    @Override
    public List<String> hamlets(Consultation c) {
        return c.hamlets();
    }

    @Override
    public String summary(Consultation c) {
        return "Lấy ý kiến " + c.audience() + " từ ngày " + VietnameseFormat.date(c.from()) + " đến ngày "
                + VietnameseFormat.date(c.to()) + (c.opinionCount() == null ? "" : ", " + c.opinionCount() + " ý kiến");
    }

    /** Listed by the year the consultation opened. */
    @Override
    public String group(Consultation c) {
        return "Năm " + c.from().getYear();
    }

    @Override
    public String searchText(Consultation c, Markdown markdown) {
        List<String> parts = new ArrayList<>(c.hamlets());
        if (c.draft() != null) {
            parts.add(Jsoup.parse(markdown.toHtml(c.draft())).text());
        }
        c.opinions().forEach(o -> parts.add(o.text() + " " + o.answer()));
        if (c.outcome() != null && c.outcome().text() != null) {
            parts.add(c.outcome().text());
        }
        return String.join(" ", parts);
    }

    /** The opinions are citizens' words, read as rows of people (no ID, phone, birth date); the answers are the commune's. */
    @Override
    public List<String> peopleLists() {
        return List.of("y_kien");
    }

    @Override
    public Map<String, String> peopleColumnKinds() {
        return Map.of("so_luot", "so", "tra_loi", "cua-xa");
    }

    @Override
    public Set<String> publicContactFields() {
        return Set.of("/cach_gop_y/dien_thoai", "/cach_gop_y/so_dien_thoai");
    }
}

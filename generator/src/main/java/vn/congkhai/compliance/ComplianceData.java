package vn.congkhai.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.config.Commune;
import vn.congkhai.consultation.OpenConsultations;
import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commune's compliance as open data ({@value #PATH}, described by {@value #SCHEMA}): per Art. 11 item whether it
 * is disclosed, missing or late, the open consultations, the questions unanswered past their deadline, every
 * compliance warning and the newest disclosures. A province reads it from every commune's site to show them side by
 * side. Every date comes from the content and the bake date, never the clock.
 *
 * @param version what shape of file this is: a reader refuses a shape it does not know
 * @param latest  the newest published disclosures, for a feed across communes
 */
public record ComplianceData(@JsonProperty("phien_ban") int version,
                             @JsonProperty("xa") Facts commune,
                             @JsonProperty("ngay_tao") String bakeDate,
                             @JsonProperty("muc") List<Item> items,
                             @JsonProperty("lay_y_kien_dang_mo") List<OpenConsultation> openConsultations,
                             @JsonProperty("cau_hoi_qua_han") List<OverdueQuestion> overdueQuestions,
                             @JsonProperty("canh_bao") List<Warning> warnings,
                             @JsonProperty("moi") List<News> latest) {

    /** Where the site publishes it. */
    public static final String PATH = vn.congkhai.model.SitePages.COMPLIANCE_DATA;
    /** Its JSON Schema, published with the types' schemas. */
    public static final String SCHEMA = "schemas/tuan-thu.schema.json";
    /** The shape this generator writes. */
    public static final int VERSION = 1;
    /** How many of the newest disclosures it lists. */
    public static final int LATEST = 50;

    /** An Art. 11 item's state. */
    public enum State {
        /** Something is disclosed under it and nothing of it is late. */
        co,
        /** Nothing is disclosed under it. */
        thieu,
        /** Something of it is late or missing past its deadline. */
        tre
    }

    /** Who publishes: the commune's facts of {@code jbake.properties}. */
    public record Facts(@JsonProperty("ten") String name, @JsonProperty("co_quan") String committee,
                        @JsonProperty("tinh") String province, @JsonProperty("dia_chi") String address,
                        @JsonProperty("dia_chi_web") String siteAddress) {
    }

    /** An Art. 11 item: its state, how many disclosures it has, and what of it is late. */
    public record Item(@JsonProperty("so") int number, @JsonProperty("ten") String name,
                       @JsonProperty("trang_thai") State state, @JsonProperty("so_van_ban") int disclosures,
                       @JsonProperty("tre") List<Late> late) {
    }

    /** What makes an item late: a disclosure (its page) or a missing thing (no page). */
    public record Late(@JsonProperty("noi_dung") String subject, @JsonProperty("duong_dan") String uri,
                       @JsonProperty("ly_do") String reason) {
    }

    public record OpenConsultation(@JsonProperty("tieu_de") String title, @JsonProperty("duong_dan") String uri,
                                   @JsonProperty("tu") String from, @JsonProperty("den") String to) {
    }

    /** A question still unanswered past its deadline, in the answer list {@code list}. */
    public record OverdueQuestion(@JsonProperty("danh_sach") String list, @JsonProperty("duong_dan") String uri,
                                  @JsonProperty("noi_dung") String question,
                                  @JsonProperty("ngay_nhan") String received, @JsonProperty("han") String due) {
    }

    public record Warning(@JsonProperty("yeu_cau") String rule, @JsonProperty("noi_dung") String subject,
                          @JsonProperty("duong_dan") String uri, @JsonProperty("tinh_trang") String message) {
    }

    /** A disclosure published, with its day (ISO) and a line of what it is. */
    public record News(@JsonProperty("tieu_de") String title, @JsonProperty("duong_dan") String uri,
                       @JsonProperty("ngay") String date, @JsonProperty("muc") String section,
                       @JsonProperty("tom_tat") String summary) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The data of {@code content}, given its compliance warnings ({@link ComplianceCheck#run()}). */
    public static ComplianceData of(SiteContent content, List<ComplianceWarning> warnings) {
        Commune c = content.config().commune();
        Map<String, Disclosure> byUri = new HashMap<>();
        content.published().forEach(d -> byUri.put(d.uri(), d));
        List<Item> items = new ArrayList<>();
        for (int item = ArticleElevenItem.FIRST; item <= ArticleElevenItem.LAST; item++) {
            int i = item;
            int count = (int) content.published().stream().filter(d -> d.item() != null && d.item() == i).count();
            List<Late> late = warnings.stream().filter(w -> i == itemOf(w, byUri))
                    .map(w -> new Late(w.subject(), w.uri(), w.message())).toList();
            State state = count == 0 ? State.thieu : late.isEmpty() ? State.co : State.tre;
            items.add(new Item(i, ArticleElevenItem.name(i), state, count, late));
        }
        List<OpenConsultation> open = OpenConsultations.of(content).stream()
                .map(e -> e.disclosure()).flatMap(d -> content.data(d, vn.congkhai.consultation.Consultation.class)
                        .map(k -> new OpenConsultation(d.title(), d.uri(), k.from().toString(), k.to().toString()))
                        .stream()).toList();
        List<OverdueQuestion> overdue = OverdueAnswers.of(content).stream()
                .map(o -> new OverdueQuestion(o.disclosure().title(), o.uri(), o.answer().question(),
                        o.answer().received().toString(), o.due().toString())).toList();
        List<News> latest = content.published().stream().limit(LATEST)
                .map(d -> new News(d.title(), d.uri(), d.date().toString(), d.type().sectionName(),
                        d.type().sectionName() + (d.number() == null ? "" : ", số " + d.number()) + ", ngày "
                                + VietnameseFormat.date(d.date()))).toList();
        return new ComplianceData(VERSION, new Facts(c.name(), c.committee(), c.province(), c.address(),
                c.siteAddress()), content.config().bakeDate().toString(), items, open, overdue,
                warnings.stream().map(w -> new Warning(w.rule(), w.subject(), w.uri(), w.message())).toList(), latest);
    }

    /** The Art. 11 item a warning makes late: its own, else its disclosure's; 0 for none. */
    private static int itemOf(ComplianceWarning w, Map<String, Disclosure> byUri) {
        if (w.item() != null) {
            return w.item();
        }
        String page = w.uri() == null ? null : w.uri().replaceFirst("#.*", "");
        Disclosure d = page == null ? null : byUri.get(page);
        return d == null || d.item() == null ? 0 : d.item();
    }

    /** As published: JSON, two-space indented, fields in a fixed order. */
    public String json() {
        try {
            // "\n" on every system, not the system's line separator: the same bytes everywhere
            DefaultPrettyPrinter lines = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(lines).writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of its JSON Schema. */
    public static String schema() {
        try (java.io.InputStream in = ComplianceData.class.getResourceAsStream("/" + SCHEMA)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a published file; unknown fields (of a later shape) are ignored, a wrong one fails. */
    public static ComplianceData read(byte[] json) throws java.io.IOException {
        return JSON.readValue(json, ComplianceData.class);
    }
}

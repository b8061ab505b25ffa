package vn.congkhai.render;

import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Views of the pages that gather disclosures across sections, and how they are made from the content. */
public final class ListingViews {

    private ListingViews() {
    }

    /** An item of Art. 11 with what was published under it, and the sections that hold its typed disclosures. */
    public record Article11Item(int number, String name, boolean permanent, List<Disclosure> items,
                                List<Link> sections) {

        public Article11Item {
            items = List.copyOf(items);
            sections = List.copyOf(sections);
        }
    }

    /** The sections whose typed data serves an item of Art. 11. */
    private static final Map<Integer, List<DisclosureType>> ITEM_SECTIONS = Map.of(
            1, List.of(DisclosureType.KE_HOACH),
            2, List.of(DisclosureType.NGAN_SACH),
            3, List.of(DisclosureType.BOI_THUONG, DisclosureType.GIA_DAT),
            7, List.of(DisclosureType.HO_NGHEO),
            10, List.of(DisclosureType.THANH_TRA, DisclosureType.LICH_TIEP_DAN),
            11, List.of(DisclosureType.LAY_Y_KIEN, DisclosureType.TRA_LOI),
            13, List.of(DisclosureType.THU_TUC));

    /** A line of the quarterly disclosure list (Art. 13). */
    public record QuarterLine(int number, Link disclosure, String documentNumber, String item, String form,
                              String issued, String posted) {
    }

    public record Quarter(String title, String href, List<QuarterLine> lines) {

        public Quarter {
            lines = List.copyOf(lines);
        }
    }

    public record DatasetLine(Link page, String section, String csv, String json, int rows) {
    }

    /** The 14 items of Art. 11, each with what was published under it. */
    static List<Article11Item> article11(List<Disclosure> published) {
        return IntStream.rangeClosed(ArticleElevenItem.FIRST, ArticleElevenItem.LAST).mapToObj(item ->
                new Article11Item(item, ArticleElevenItem.name(item), ArticleElevenItem.isPermanent(item),
                        published.stream().filter(d -> d.item() != null && d.item() == item).toList(),
                        ITEM_SECTIONS.getOrDefault(item, List.of()).stream()
                                .map(t -> new Link(t.sectionName(), SitePages.section(t))).toList())).toList();
    }

    /** The Art. 13 quarterly lists: what was disclosed in each quarter, newest quarter first. */
    static List<Quarter> quarters(List<Disclosure> published) {
        Map<Integer, List<Disclosure>> byQuarter = new TreeMap<>(Comparator.reverseOrder()); // year * 10 + quarter
        for (Disclosure d : published) {
            if (d.item() != null) {
                LocalDate day = SiteContent.disclosedOn(d);
                byQuarter.computeIfAbsent(day.getYear() * 10 + (day.getMonthValue() + 2) / 3,
                        k -> new ArrayList<>()).add(d);
            }
        }
        List<Quarter> quarters = new ArrayList<>();
        byQuarter.forEach((key, disclosed) -> {
            List<QuarterLine> lines = new ArrayList<>();
            disclosed.stream().sorted(Comparator.comparing(SiteContent::disclosedOn).thenComparing(Disclosure::uri))
                    .forEach(d -> lines.add(new QuarterLine(lines.size() + 1, Link.to(d), d.number(),
                            d.item() + ". " + d.itemName(), d.posting() != null
                            ? "Niêm yết tại trụ sở UBND xã; đăng trên trang thông tin điện tử của xã"
                            : "Đăng trên trang thông tin điện tử của xã", VietnameseFormat.date(d.date()),
                            d.posting() != null ? d.posting().sentence()
                                    : "Đăng từ ngày " + VietnameseFormat.date(d.date()))));
            quarters.add(new Quarter("Danh mục thông tin công khai quý " + ROMAN[key % 10 - 1] + " năm " + key / 10,
                    SitePages.quarter(key / 10, key % 10), lines));
        });
        return quarters;
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The datasets of the "Dữ liệu mở" page, by their page's address. */
    static List<DatasetLine> datasetLines(List<BuiltPage> pages) {
        return pages.stream().filter(p -> p.dataset() != null)
                .sorted(Comparator.comparing(p -> p.dataset().pageUri()))
                .map(p -> new DatasetLine(Link.to(p.disclosure()), p.disclosure().type().sectionName(),
                        p.dataset().path(), p.dataset().jsonPath(), p.dataset().rows().size())).toList();
    }
}

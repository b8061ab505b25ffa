package vn.congkhai.render;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.Hamlet;
import vn.congkhai.model.SiteContent;
import vn.congkhai.types.ContentTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hamlet the content names ({@code inSentence}: "xóm Gốc Vải") and the disclosures naming it, newest first. */
public record HamletView(String title, String inSentence, String href, String feed, List<Disclosure> items) {

    public HamletView {
        items = List.copyOf(items);
    }

    /** The hamlets of the published disclosures, in Vietnamese alphabetical order. */
    public static List<HamletView> of(SiteContent content) {
        Map<String, Hamlet> hamlets = new LinkedHashMap<>();
        Map<String, List<Disclosure>> items = new LinkedHashMap<>();
        for (Disclosure d : content.published()) { // newest first
            for (String written : ContentTypes.hamlets(d, content.data().get(d.uri()))) {
                Hamlet.of(written).ifPresent(h -> {
                    hamlets.merge(h.slug(), h, HamletView::better);
                    List<Disclosure> of = items.computeIfAbsent(h.slug(), k -> new ArrayList<>());
                    if (of.isEmpty() || of.get(of.size() - 1) != d) {
                        of.add(d);
                    }
                });
            }
        }
        return hamlets.values().stream()
                .sorted(Comparator.comparing(Hamlet::name, SectionView.VIETNAMESE::compare).thenComparing(Hamlet::slug))
                .map(h -> new HamletView(h.title(), h.inSentence(), h.href(), h.feed(), items.get(h.slug()))).toList();
    }

    /** Of two spellings of a hamlet, the one whose title the content wrote ("Xóm Gốc Vải" over "Gốc Vải"). */
    private static Hamlet better(Hamlet first, Hamlet other) {
        boolean firstWritten = !first.title().equals("Xóm " + first.name());
        boolean otherWritten = !other.title().equals("Xóm " + other.name());
        return firstWritten || !otherWritten ? first : other;
    }

    public int count() {
        return items.size();
    }
}

package vn.congkhai.model;

import vn.congkhai.text.FileNames;
import vn.congkhai.text.VietnameseText;

import java.util.List;
import java.util.Optional;

/**
 * A hamlet (xóm, thôn, bản) as the content names it: "Xóm Gốc Vải" in a household list and "Gốc Vải" in a consultation
 * are one hamlet, with one ASCII address ({@code goc-vai}) for its page and its feed.
 *
 * @param name  its name without the word for a hamlet ("Gốc Vải")
 * @param slug  its name folded, words joined by hyphens ({@code goc-vai})
 * @param title how its page is headed: as written where the content says what it is ("Thôn Nà Mò"), else "Xóm …"
 */
public record Hamlet(String name, String slug, String title) {

    /** The words a name may start with that say what it is, not which (longest first), folded. */
    private static final List<String> KINDS = List.of("to dan pho", "khu pho", "xom", "thon", "ban", "lang", "ap",
            "khu", "to");

    /** The hamlet {@code written} names, or empty when it names none (blank, or only "Xóm"). */
    public static Optional<Hamlet> of(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String name = VietnameseText.nfc(written).strip().replaceAll("\\s+", " ");
        String full = name;
        String folded = VietnameseText.fold(name);
        String title = null;
        for (String kind : KINDS) {
            if ((folded + " ").startsWith(kind + " ")) {
                // as many words off the name as the kind has: "Tổ dân phố 3" → "3"
                int words = kind.split(" ").length;
                String[] parts = name.split(" ", words + 1);
                name = parts.length > words ? parts[words].strip() : "";
                title = Character.toUpperCase(full.charAt(0)) + full.substring(1);
                break;
            }
        }
        // a file name every system can hold ("Xóm Cồn" is not Windows' CON) and never the hamlets' index page
        String slug = FileNames.slug(name);
        slug = slug.equals("index") ? "index-1" : slug;
        return slug.isEmpty() ? Optional.empty() : Optional.of(new Hamlet(name, slug, title != null ? title
                : "Xóm " + name));
    }

    /** Its title within a sentence: "xóm Gốc Vải". */
    public String inSentence() {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Its page, listing what was disclosed about it: {@code xom/goc-vai.html}. */
    public String href() {
        return SitePages.hamlet(slug);
    }

    /** Its Atom feed: {@code xom/goc-vai.xml}. */
    public String feed() {
        return SitePages.hamletFeed(slug);
    }
}

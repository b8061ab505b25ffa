package vn.congkhai.organisation;

import java.util.List;

/**
 * The organisation and its contacts in English (Decree 42/2022), from the same file as the Vietnamese page: the
 * labels are the site's, the free text the commune's English fields. A text the commune has not translated yet is
 * shown in Vietnamese, marked so ({@link Text#vietnamese()}: its element gets {@code lang="vi"}), rather than left out.
 *
 * @param name        the body's name in English
 * @param place       the commune and province as an English reader writes them ("Lục Ba Commune, Thái Nguyên Province")
 * @param vietnamese  the Vietnamese page's address from the site root
 * @param untranslated how many texts still wait for their English
 */
public record EnglishView(String name, String place, Text duties, Text address, Phone phone, String email,
                          Text hours, List<Leader> leaders, List<Post> posts, Person focal, String vietnamese,
                          int untranslated) {

    /** A text of the page: the commune's English, or its Vietnamese while no English is given. */
    public record Text(String text, boolean vietnamese) {

        static Text of(String english, String vietnamese) {
            if (english != null) {
                return new Text(english, false);
            }
            return vietnamese == null ? null : new Text(vietnamese, true);
        }
    }

    public record Leader(String name, Text title, Text fields, Phone phone, String email) {
    }

    public record Post(Text name, Text duties, String head, Phone phone, String email) {
    }

    public record Person(String name, Text title, Phone phone, String email) {
    }

    static EnglishView of(Organisation o, String communeName, String province, String vietnamesePage) {
        String name = o.englishName() != null ? o.englishName() : "People's Committee of " + communeName + " Commune";
        return new EnglishView(name, communeName + " Commune, " + province + " Province",
                Text.of(o.dutiesEnglish(), o.duties()), Text.of(o.addressEnglish(), o.address()), Phone.of(o.phone()),
                o.email(), Text.of(o.hoursEnglish(), o.hours()),
                o.leaders().stream().map(l -> new Leader(l.name(), Text.of(l.titleEnglish(), l.title()),
                        Text.of(l.fieldsEnglish(), l.fields()), Phone.of(l.phone()), l.email())).toList(),
                o.posts().stream().map(p -> new Post(Text.of(p.nameEnglish(), p.name()),
                        Text.of(p.dutiesEnglish(), p.duties()), p.head(), Phone.of(p.phone()), p.email())).toList(),
                new Person(o.focal().name(), Text.of(o.focal().titleEnglish(), o.focal().title()),
                        Phone.of(o.focal().phone()), o.focal().email()),
                vietnamesePage, o.untranslated().size());
    }
}

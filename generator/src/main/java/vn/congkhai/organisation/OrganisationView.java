package vn.congkhai.organisation;

import java.util.List;

/**
 * The organisation's page in Vietnamese: the body's contacts, its leaders, its departments, the focal officer, and
 * the way to its English page.
 *
 * @param english the English page's address from the site root, or null when this file is not the current one
 * @param newer   when a newer organisation file replaced this one: the sentence saying so; else null
 */
public record OrganisationView(String duties, String address, Phone phone, String email, String hours,
                               List<Leader> leaders, List<Post> posts, Person focal, String english, String newer) {

    public record Leader(String name, String title, String fields, Phone phone, String email) {
    }

    public record Post(String name, String duties, String head, Phone phone, String email) {
    }

    public record Person(String name, String title, Phone phone, String email) {
    }

    static OrganisationView of(Organisation o, String english, String newer) {
        return new OrganisationView(o.duties(), o.address(), Phone.of(o.phone()), o.email(), o.hours(),
                o.leaders().stream().map(l -> new Leader(l.name(), l.title(), l.fields(), Phone.of(l.phone()),
                        l.email())).toList(),
                o.posts().stream().map(p -> new Post(p.name(), p.duties(), p.head(), Phone.of(p.phone()),
                        p.email())).toList(),
                new Person(o.focal().name(), o.focal().title(), Phone.of(o.focal().phone()), o.focal().email()),
                english, newer);
    }
}

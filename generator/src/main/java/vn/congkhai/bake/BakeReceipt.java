package vn.congkhai.bake;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the last bake into a site folder found, kept beside it ({@code target/site.bake.json}, never inside the site)
 * for the publish step, which refuses a site whose last bake failed, whose sources changed since, whose files are no
 * longer those the bake left, or whose date was fixed in the past.
 *
 * @param ok            whether the last bake wrote the site (false: the content had errors, the site is older)
 * @param bakeDate      the date the site was baked for ({@code yyyy-MM-dd}), null when the settings were unreadable
 * @param bakeDateFixed whether that date was fixed ({@code ngay_bake} or the system property) rather than today
 * @param siteAddress   {@code site.host} of the bake, without its final slash; null when the settings were unreadable
 * @param sources       {@link vn.congkhai.content.Sources#digest} of the sources the bake read
 * @param files         every file the bake left in the site, with its size and time ({@link SiteListing}); null when
 *                      the bake failed
 */
public record BakeReceipt(boolean ok, String bakeDate, boolean bakeDateFixed, String siteAddress, String sources,
                          SortedMap<String, SiteListing.Stamp> files) {

    /** Where the receipt of a bake into {@code site} is kept: {@code site.bake.json} beside it. */
    public static Path pathFor(Path site) {
        return BesideTheSite.path(site, "bake.json");
    }

    void write(Path site) {
        BesideTheSite.write(pathFor(site), this);
    }

    /** The receipt of the last bake into {@code site}; empty when there is none or it cannot be read. */
    public static Optional<BakeReceipt> of(Path site) {
        return BesideTheSite.read(pathFor(site), BakeReceipt.class);
    }
}

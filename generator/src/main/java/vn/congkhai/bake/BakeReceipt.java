package vn.congkhai.bake;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The last bake into a site folder, kept beside it for the publish step, which refuses a site whose bake failed, whose
 * sources or files changed since, or whose date was fixed in the past.
 *
 * @param bakeDate {@code yyyy-MM-dd}; null, as {@code siteAddress}, when the settings were unreadable
 * @param files    every file the bake left in the site; null when the bake failed
 */
public record BakeReceipt(boolean ok, String bakeDate, boolean bakeDateFixed, String siteAddress, String sources,
                          SortedMap<String, SiteListing.Stamp> files) {

    /** {@code site.bake.json} beside {@code site}. */
    public static Path pathFor(Path site) {
        return BesideTheSite.path(site, "bake.json");
    }

    public static Optional<BakeReceipt> of(Path site) {
        return BesideTheSite.read(pathFor(site), BakeReceipt.class);
    }
}

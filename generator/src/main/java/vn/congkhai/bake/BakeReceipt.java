package vn.congkhai.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where the receipt of a bake into {@code site} is kept: {@code site.bake.json} beside it. */
    public static Path pathFor(Path site) {
        Path s = site.toAbsolutePath().normalize();
        return s.resolveSibling(s.getFileName() + ".bake.json");
    }

    void write(Path site) {
        try {
            Path file = pathFor(site);
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            JSON.writeValue(part.toFile(), this);
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The receipt of the last bake into {@code site}; empty when there is none or it cannot be read. */
    public static Optional<BakeReceipt> of(Path site) {
        Path file = pathFor(site);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BakeReceipt.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

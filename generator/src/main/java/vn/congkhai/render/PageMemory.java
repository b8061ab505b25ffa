package vn.congkhai.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs of the last bake, each by the hash of (environment, template, address, model): an output whose hash is
 * unchanged is taken from the last bake's site instead of being made again. Each hash is saved as "hash" or "hash
 * note", the note being what the output's maker keeps with it (a printout's PDF cache key).
 */
public final class PageMemory {

    private final String environment;
    private final Map<String, String> last;
    private final Path lastSite;
    private final boolean inPlace;
    private final ModelFingerprint fingerprints = new ModelFingerprint();
    private final Map<String, String> now = new ConcurrentHashMap<>();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    private final Folders folders = new Folders();

    /**
     * @param last    the last bake's {@link #hashes()}, whose outputs are in {@code lastSite}, untouched since
     * @param inPlace whether this bake updates {@code lastSite} where it is (the preview's): outputs taken are left
     *                there ({@link #kept()}), not linked into the new site
     */
    public PageMemory(String environment, Map<String, String> last, Path lastSite, boolean inPlace) {
        this.environment = environment;
        this.last = Map.copyOf(last);
        this.lastSite = lastSite;
        this.inPlace = inPlace;
    }

    /** The site's folders made so far by this bake. */
    public Folders folders() {
        return folders;
    }

    /**
     * Puts the last bake's output at {@code uri} in {@code target} when it was made by {@code template} from an equal
     * {@code model}, and says whether it did; records the output's hash either way.
     */
    public boolean reuse(String uri, String template, Object model, Path target) {
        String hash = fingerprints.of(Arrays.asList(environment, template, uri, model));
        String lastHash = last.getOrDefault(uri, "");
        if (hash == null || !hash.equals(lastHash.split(" ")[0])) {
            now.put(uri, hash == null ? "-" : hash);
            made.add(uri);
            return false;
        }
        if (!inPlace) {
            FileLink.place(lastSite.resolve(uri), target, folders);
        }
        taken.add(uri);
        now.put(uri, lastHash);
        return true;
    }

    /** Keeps {@code note} with the output at {@code uri} for the next bake. */
    public void note(String uri, String note) {
        now.computeIfPresent(uri, (u, hash) -> hash.split(" ")[0] + " " + note);
    }

    /** What is noted with the output at {@code uri}, or null. */
    public String noted(String uri) {
        String[] hash = now.getOrDefault(uri, "").split(" ");
        return hash.length == 2 ? hash[1] : null;
    }

    /** This bake's hashes, by address. */
    public Map<String, String> hashes() {
        return new TreeMap<>(now);
    }

    /** The outputs taken from the last bake's site and left there ({@code inPlace}), by address. */
    public Set<String> kept() {
        return Set.copyOf(taken);
    }

    /** The outputs made afresh, not taken from the last bake, by address. */
    public SortedSet<String> rendered() {
        return new TreeSet<>(made);
    }
}

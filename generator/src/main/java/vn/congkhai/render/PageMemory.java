package vn.congkhai.render;

import vn.congkhai.text.Sha256;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages of the last bake, each with the fingerprint of what made it (the generator and its theme, the commune's
 * templates, the template's name, the page's address and its whole model: {@link ModelFingerprint}). A page whose
 * fingerprint is unchanged is taken from the last bake's site (hard-linked, or copied where links are not possible)
 * instead of being rendered again; every page's fingerprint is recorded for the next bake.
 */
public final class PageMemory {

    /** The last bake's fingerprint of each page, and what was noted with it ({@link #note}), after a space. */
    private final Map<String, String> previous;
    private final Path previousSite;
    private final String environment;
    private final ModelFingerprint fingerprints;
    private final Map<String, String> now = new ConcurrentHashMap<>();
    private final Map<String, String> notes = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final java.util.Set<String> taken = ConcurrentHashMap.newKeySet();
    /** The site's folders made so far by this bake. */
    private final Folders folders = new Folders();
    /** Whether a page taken from the last bake stays where it is ({@link #inPlace()}), and those that do. */
    private boolean inPlace;
    private final java.util.Set<String> kept = ConcurrentHashMap.newKeySet();

    /** The site's folders made so far by this bake: its pages' and its other files'. */
    public Folders folders() {
        return folders;
    }

    /**
     * @param previous     the last bake's fingerprints by page address (empty when there is nothing to reuse)
     * @param previousSite the site the last bake wrote, untouched since, or null
     * @param environment  what every page depends on besides its model (generator, templates)
     * @param fingerprints what hashes the models
     */
    public PageMemory(Map<String, String> previous, Path previousSite, String environment,
                      ModelFingerprint fingerprints) {
        this.previous = Map.copyOf(previous);
        this.previousSite = previousSite;
        this.environment = environment;
        this.fingerprints = fingerprints;
    }

    /** Nothing to reuse: every page is rendered, and still fingerprinted for the next bake. */
    public static PageMemory fresh(String environment, ModelFingerprint fingerprints) {
        return new PageMemory(Map.of(), null, environment, fingerprints);
    }

    /**
     * This memory, for a bake that brings the last bake's site up to date where it is (the preview's: {@code
     * SiteSwap.merge}) instead of making a whole new one: a page taken from the last bake is left in that site,
     * untouched, and listed in {@link #kept()}, instead of being linked into the new one.
     */
    public PageMemory inPlace() {
        this.inPlace = true;
        return this;
    }

    /** The pages left where the last bake put them ({@link #inPlace()}), by address. */
    public java.util.Set<String> kept() {
        return java.util.Set.copyOf(kept);
    }

    /** What hashed this bake's models. */
    public ModelFingerprint fingerprinter() {
        return fingerprints;
    }

    /**
     * Puts the last bake's page at {@code uri} in {@code target} when the page would be rendered the same (from
     * {@code template} and {@code model}: a template's model, or anything else a file is made from), and says whether
     * it did; records the page's fingerprint either way.
     */
    public boolean reuse(String uri, String template, Object model, Path target) {
        return reuseModel(uri, template, fingerprints.of(model), target);
    }

    /** As {@link #reuse}, with the fingerprint of the model. */
    private boolean reuseModel(String uri, String template, String modelFingerprint, Path target) {
        String fingerprint = Sha256.hex(environment + "\n" + template + "\n" + uri + "\n" + modelFingerprint);
        now.put(uri, fingerprint);
        String[] last = previous.getOrDefault(uri, "").split(" ", 2); // fingerprint, then what was noted
        Path old = previousSite == null ? null : previousSite.resolve(uri);
        if (old == null || !fingerprint.equals(last[0]) || !Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (inPlace) {
            kept.add(uri);
        } else {
            FileLink.place(old, target, folders);
        }
        reused.incrementAndGet();
        taken.add(uri);
        if (last.length == 2) {
            notes.put(uri, last[1]);
        }
        return true;
    }

    /** Keeps {@code note} with the page at {@code uri} for the next bake (a printout's cache entry). */
    public void note(String uri, String note) {
        notes.put(uri, note);
    }

    /** What was noted with the page at {@code uri}, by this bake or, for a page taken from it, the last. */
    public String noted(String uri) {
        return notes.get(uri);
    }

    /** The fingerprints of this bake's pages, by address, in order. */
    public Map<String, String> fingerprints() {
        Map<String, String> all = new TreeMap<>();
        now.forEach((uri, fingerprint) -> all.put(uri, notes.containsKey(uri) ? fingerprint + " " + notes.get(uri)
                : fingerprint));
        return all;
    }

    /** How many pages were taken from the last bake. */
    public int reused() {
        return reused.get();
    }

    /** The pages, printouts and open-data files made afresh, not taken from the last bake, by address. */
    public java.util.SortedSet<String> rendered() {
        java.util.SortedSet<String> rendered = new java.util.TreeSet<>(now.keySet());
        rendered.removeAll(taken);
        return rendered;
    }

    /** How many values of the models could not be looked into (their pages are rendered every time). */
    public long opaqueValues() {
        return fingerprints.opaqueValues();
    }
}

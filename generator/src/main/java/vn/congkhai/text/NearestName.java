package vn.congkhai.text;

import vn.congkhai.text.VietnameseText;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggestions for names an officer typed: the known field a mistyped one was meant to be ({@code sohieu} →
 * {@code so_hieu}); a safe file name for a file named in Vietnamese is {@link FileNames#suggest}.
 */
public final class NearestName {

    private NearestName() {
    }

    /**
     * The known name closest to {@code typed}: by edit distance (insertions, deletions, substitutions and swaps of
     * two neighbouring letters) between the names without diacritics, in lower case, where a missing or extra
     * {@code _}, {@code -} or space costs nothing more than a near miss. Ties go to the name closest as written,
     * then to the first in alphabetical order.
     *
     * @return the suggestion, or empty when no known name is close enough to be what was meant
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String typedKey = key(typed);
        String typedBare = VietnameseText.bare(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestBare = Integer.MAX_VALUE;
        for (String name : known) {
            String nameKey = key(name);
            int limit = allowed(Math.max(typedKey.length(), nameKey.length()));
            if (Math.abs(typedKey.length() - nameKey.length()) > limit) {
                continue;
            }
            int distance = distance(typedKey, nameKey);
            if (distance > limit || (typedKey.isEmpty() && nameKey.isEmpty())) {
                continue;
            }
            int bare = distance(typedBare, VietnameseText.bare(name));
            if (distance < bestDistance || (distance == bestDistance && (bare < bestBare
                    || (bare == bestBare && name.compareTo(best) < 0)))) {
                best = name;
                bestDistance = distance;
                bestBare = bare;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many edits still count as close: none for very short names, up to three for long ones. */
    private static int allowed(int length) {
        if (length <= 2) {
            return 0;
        }
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    /** Lower case, without diacritics, and without separators, so that {@code sohieu} and {@code so_hieu} meet. */
    private static String key(String name) {
        return VietnameseText.bare(name).replaceAll("[\\s_-]+", "");
    }

    /** Optimal string alignment distance (Damerau–Levenshtein, each substring edited once). */
    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}

package vn.congkhai.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates written next to a name in running text, as Word documents and officers write them: "sinh ngày
 * 12/03/1975", "năm sinh 1951", "NS: 1951-03-12", "SN 1975". A bare date is a date of the commune's work and is not
 * read here (a list of people reads its cells more strictly); "phát sinh ngày…" is not a birth.
 */
final class BirthDates {

    private static final String DATE = "(?:[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)[0-9]{2}"
            + "|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?![0-9])";
    private static final String YEAR = "(?:19|20)[0-9]{2}(?![0-9])";
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!phát )(?<!phat )(?<!học )(?<!hoc )"
                    + "(?:(?:ngày tháng năm sinh|ngay thang nam sinh|ngày sinh|ngay sinh|năm sinh|nam sinh"
                    + "|sinh ngày|sinh ngay|sinh năm|sinh nam|sn)\\s*:?\\s*(?:" + DATE + "|" + YEAR + ")"
                    + "|(?:ns|sinh)\\s*:?\\s*" + DATE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BirthDates() {
    }

    /** Each labelled birth date in {@code text}, label included, in order. */
    static List<String> labelled(String text) {
        if (!mayHaveLabel(text)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * Whether {@code text} has "sinh", "ns" or "sn" in any case, as every label has: most lines with a year have
     * none, and are not run through the pattern (its look-behinds are tried at every character).
     */
    private static boolean mayHaveLabel(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            char d = Character.toLowerCase(text.charAt(i + 1));
            if (c == 'n' && d == 's' || c == 's' && (d == 'n' || text.regionMatches(true, i, "sinh", 0, 4))) {
                return true;
            }
        }
        return false;
    }
}

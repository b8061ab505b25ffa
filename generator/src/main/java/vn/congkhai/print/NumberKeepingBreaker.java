package vn.congkhai.print;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaks (words, and after a slash in an address), except inside a date or a number:
 * {@code 20/12/2024}, {@code 1.250.000}, {@code 85,5}; without adding any character to the text.
 */
final class NumberKeepingBreaker implements FSTextBreaker {

    private static final String JOINERS = "/.,";

    private final FSTextBreaker words = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        words.setText(newText);
    }

    @Override
    public int next() {
        int at = words.next();
        while (at != BreakIterator.DONE && insideNumber(text, at)) {
            at = words.next();
        }
        return at;
    }

    /** Whether {@code at} falls between two characters of one number ("20/|12/2024", "1.250|.000"). */
    static boolean insideNumber(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return true;
        }
        if (Character.isDigit(after) && JOINERS.indexOf(before) >= 0) {
            return at >= 2 && Character.isDigit(text.charAt(at - 2));
        }
        return Character.isDigit(before) && JOINERS.indexOf(after) >= 0 && at + 1 < text.length()
                && Character.isDigit(text.charAt(at + 1));
    }
}

package vn.congkhai.print;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.Locale;

/** openhtmltopdf's line breaks, never inside a date or number: {@code 20/12/2024}, {@code 1.250.000}, {@code 85,5}. */
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
        boolean digitBefore = Character.isDigit(text.charAt(at - 1));
        boolean digitAfter = Character.isDigit(text.charAt(at));
        return digitBefore && digitAfter
                || digitAfter && JOINERS.indexOf(text.charAt(at - 1)) >= 0 && at >= 2
                && Character.isDigit(text.charAt(at - 2))
                || digitBefore && JOINERS.indexOf(text.charAt(at)) >= 0 && at + 1 < text.length()
                && Character.isDigit(text.charAt(at + 1));
    }
}

package vn.congkhai.validate;

import vn.congkhai.text.VietnameseText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of digits in a text ({@code 001.099.012.345}, {@code 0912 345 678}, {@code 125000000}) and what each looks
 * like: a citizen ID number, a phone number, or something else (an amount, a year, a document or procedure code).
 * <ul>
 *   <li>After a label (CCCD, CMND, CMT, căn cước, chứng minh nhân dân, số định danh, định danh cá nhân…, any case,
 *   with or without diacritics, then an optional {@code :}, {@code số} or {@code là}), a run of 9 digits or more is
 *   an ID number however it is grouped.</li>
 *   <li>After a phone label (SĐT, ĐT, điện thoại, di động, Zalo…), a run of 8 to 12 digits not starting with 1 (1900…,
 *   1800… and 11x are public service numbers) is a phone number.</li>
 *   <li>Otherwise a run is an amount when it does not start with 0 and is grouped by thousands with dots
 *   ({@code 125.000.000}), or is followed by a currency word ({@code 125000000 đồng}, {@code 125 000 000 VNĐ}).</li>
 *   <li>Any other run of 9 or 12 digits is an ID number; a run that looks like a phone number (0 and 10–11 digits,
 *   or +84 / 84 and 11–12 digits) is a phone number, unlabelled.</li>
 * </ul>
 * Numbers the commune publishes itself (its phone and hotline from configuration) are never personal data.
 */
final class DigitRuns {

    enum Kind { ID, PHONE, OTHER }

    /**
     * One run of digits.
     *
     * @param text     the run as written, separators included
     * @param digits   how many digits it has
     * @param labelled whether its kind comes from a label before it (CCCD, SĐT…)
     */
    record Run(String text, int digits, Kind kind, boolean labelled) {
    }

    /** What a run is: {@link #of} scans for it. */
    static final Pattern RUN = Pattern.compile("(?<![0-9])\\+?[0-9](?:[ .-]?[0-9])*(?![0-9])");
    private static final Pattern DOT_GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern UNGROUPED_OR_THOUSANDS = Pattern.compile("[0-9]+|[0-9]{1,3}([. ][0-9]{3})+");
    /** Labels, matched on folded text ({@link VietnameseText#fold}) that ends where the run starts. */
    private static final Pattern ID_LABEL = Pattern.compile("(?:^| )(?:cccd|cmnd|cmtnd|cmt|can cuoc(?: cong dan)?"
            + "|chung minh (?:nhan dan|thu)|dinh danh(?: ca nhan)?)(?: so| la)?$");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?:^| )(?:sdt|dtdd|dt|dien thoai(?: di dong| ban| co dinh)?"
            + "|di dong|zalo)(?: so| la)?$");
    /** A Vietnamese mobile number (0 then 3, 5, 7, 8 or 9, ten digits): a person's, never an office's line. */
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern CURRENCY = Pattern.compile("^(?:dong|vnd|d)(?: |$)");
    /** How much text around a run is read for a label or a currency word. */
    private static final int LABEL_WINDOW = 40;
    private static final int CURRENCY_WINDOW = 8;

    private DigitRuns() {
    }

    /**
     * Every run of digits in {@code text}, in order; {@code allowed} are the commune's own numbers ({@link #allowed}).
     * A run is what {@link #RUN} matches, found by a scan of the characters (the pattern's look-behind, tried at every
     * character, was a tenth of a bake's validation).
     */
    static List<Run> of(String text, Set<String> allowed) {
        List<Run> runs = new ArrayList<>();
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            boolean plus = c == '+' && at + 1 < length && isDigit(text.charAt(at + 1));
            if (!(isDigit(c) || plus) || (at > 0 && isDigit(text.charAt(at - 1)))) {
                at++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            int end = plus ? at + 1 : at;
            while (true) { // a digit, then any more each after at most one separator
                if (end < length && isDigit(text.charAt(end))) {
                    digits.append(text.charAt(end));
                    end++;
                } else if (end + 1 < length && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1))) {
                    digits.append(text.charAt(end + 1));
                    end += 2;
                } else {
                    break;
                }
            }
            String run = text.substring(at, end);
            runs.add(allowed.contains(key(digits.toString())) ? new Run(run, digits.length(), Kind.OTHER, false)
                    : classify(text, at, end, run, digits.toString()));
            at = end;
        }
        return runs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-';
    }

    /** Whether a run is a mobile number ({@code 0912 345 678}, {@code +84 912 345 678}, {@code +84912345678}). */
    static boolean isMobile(Run run) {
        return MOBILE.matcher(key(run.text().replaceAll("[^0-9]", ""))).matches();
    }

    /** Whether a run is one of the commune's own numbers ({@link #allowed}). */
    static boolean isOwn(Run run, Set<String> allowed) {
        return allowed.contains(key(run.text().replaceAll("[^0-9]", "")));
    }

    /** The commune's own numbers as {@link #of} compares them. */
    static Set<String> allowed(String... numbers) {
        Set<String> keys = new HashSet<>();
        for (String number : numbers) {
            String digits = number == null ? "" : number.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                keys.add(key(digits));
            }
        }
        return keys;
    }

    /** A phone number written as +84 or 84 compares equal to the same number written with 0. */
    private static String key(String digits) {
        return digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)
                ? "0" + digits.substring(2) : digits;
    }

    private static Run classify(String text, int start, int end, String run, String digits) {
        int n = digits.length();
        if (n >= 8) { // a label makes only a long run an ID or phone number
            String before = VietnameseText.fold(text.substring(Math.max(0, start - LABEL_WINDOW), start));
            if (n >= 9 && ID_LABEL.matcher(before).find()) {
                return new Run(run, n, Kind.ID, true);
            }
            if (n <= 12 && !digits.startsWith("1") && PHONE_LABEL.matcher(before).find()) {
                return new Run(run, n, Kind.PHONE, true);
            }
        }
        boolean id = n == 9 || n == 12;
        if (!(id || looksLikePhone(run, digits)) || isAmount(text, end, run, digits)) {
            return new Run(run, n, Kind.OTHER, false);
        }
        return new Run(run, n, id ? Kind.ID : Kind.PHONE, false);
    }

    /** 125.000.000, or 125000000 đồng; never a run that starts with 0 (001.099.012.345 is an ID number). */
    private static boolean isAmount(String text, int end, String run, String digits) {
        if (digits.startsWith("0") || run.startsWith("+")) {
            return false;
        }
        if (DOT_GROUPED.matcher(run).matches()) {
            return true;
        }
        String after = VietnameseText.fold(text.substring(end, Math.min(text.length(), end + CURRENCY_WINDOW)));
        return UNGROUPED_OR_THOUSANDS.matcher(run).matches() && CURRENCY.matcher(after).find();
    }

    private static boolean looksLikePhone(String run, String digits) {
        if (run.startsWith("+84") || (digits.startsWith("84") && digits.length() == 11)) {
            return digits.length() >= 11 && digits.length() <= 12;
        }
        return digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11);
    }
}

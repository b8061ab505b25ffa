package vn.congkhai.feed;

import vn.congkhai.config.Commune;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.text.VietnameseText;

import java.text.Normalizer;
import java.util.List;

/**
 * The ready messages that announce a published disclosure where residents already are: a post for the commune's Zalo
 * Official Account (Vietnamese, with its link) and an SMS. The SMS is written without diacritics (a message with any
 * Vietnamese letter is sent as UCS-2, 70 characters a part) and within {@link #SMS_LIMIT} characters of the GSM 7-bit
 * basic set, so that it goes as one part on any phone: the title is shortened at a word, never the link. Nothing is
 * sent: an officer copies them.
 */
public final class Messages {

    /** The characters of one SMS part in the GSM 7-bit alphabet. */
    public static final int SMS_LIMIT = 160;
    /** What a shortened title ends with. */
    private static final String CUT = "...";

    /**
     * The messages of a disclosure.
     *
     * @param page the disclosure's page, from the site root
     * @param link its absolute address
     * @param zalo the Zalo post: Vietnamese (NFC), several lines, the link last
     * @param sms  the SMS: ASCII of the GSM basic set, at most {@link #SMS_LIMIT} characters, the link last
     */
    public record Message(String page, String title, String date, String link, String zalo, String sms) {
    }

    private Messages() {
    }

    /**
     * The messages of {@code published}, in its order; the site's own pages ({@code trang}: introduction, contacts)
     * announce nothing.
     */
    public static List<Message> of(Commune commune, List<Disclosure> published) {
        return published.stream().filter(d -> d.type() != DisclosureType.TRANG).map(d -> of(commune, d)).toList();
    }

    public static Message of(Commune commune, Disclosure d) {
        String link = commune.siteAddress() + "/" + d.uri();
        String zalo = VietnameseText.nfc(commune.committee() + " công khai: " + d.title() + "\n"
                + d.type().sectionName() + (d.number() == null ? "" : ", số " + d.number()) + ", ngày "
                + VietnameseFormat.date(d.date()) + ".\nXem chi tiết: " + link);
        return new Message(d.uri(), d.title(), d.date().toString(), link, zalo, sms(commune, d.title(), link));
    }

    /**
     * "UBND xa Luc Ba: <title> <link>", the title shortened to fit; a link too long to leave a title room is sent
     * with the commune's name alone, and one longer than a message is replaced by the site's address.
     */
    static String sms(Commune commune, String title, String link) {
        String from = gsm("UBND xa " + commune.name()) + ": ";
        String address = gsm(link);
        if (address.length() > SMS_LIMIT - from.length() - 1) {
            address = gsm(commune.siteAddress());
        }
        String text = gsm(title);
        int room = SMS_LIMIT - from.length() - 1 - address.length();
        return from + shortened(text, room) + " " + address;
    }

    /** {@code text} within {@code room} characters: cut after a whole word, marked with {@link #CUT}. */
    static String shortened(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        int end = Math.max(0, room - CUT.length());
        int space = text.lastIndexOf(' ', end);
        String head = (space > room / 2 ? text.substring(0, space) : text.substring(0, end)).strip();
        while (!head.isEmpty() && ",;:-(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + CUT;
    }

    /**
     * {@code text} in characters every phone sends as one septet each: diacritics dropped (đ as d), typographic
     * quotes and dashes made plain, the GSM escape characters ({@code [ ] { } \ ^ ~ |}, two septets each) replaced,
     * anything else left out; runs of spaces made one.
     */
    static String gsm(String text) {
        String bare = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(bare.length());
        bare.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return; // a diacritic, apart from its letter since NFD
            }
            if (c == '…') {
                out.append("...");
                return;
            }
            char plain = switch (c) {
                case '“', '”', '„', '«', '»' -> '"';
                case '‘', '’', '`' -> '\'';
                case '–', '—', '−', '^', '~' -> '-';
                case '[', '{' -> '(';
                case ']', '}' -> ')';
                case '\\', '|' -> '/';
                default -> c > ' ' && c < 0x7F ? (char) c : ' '; // runs of spaces made one as they come
            };
            if (plain != ' ' || out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(plain);
            }
        });
        return out.toString().strip();
    }
}

package vn.congkhai.print;

import java.util.List;

/**
 * The parts of a printout around its body: the Decree 30/2020 header block (issuing body, number, place and date),
 * the document type and title, and the way back to the online original (address, QR code, print date, revision).
 *
 * @param draft     whether it is a draft's, printed from the preview: it then says, above all, not to post it
 * @param effective the day the document takes effect, as printed ("01/07/2024"), or null: only a document's own
 *                  printout gives it (Decree 42/2022 asks for it beside the date of issue)
 */
public record PrintHead(List<String> issuerLines, String number, String placeDate, String kind, String title,
                        String address, String printedOn, String revision, boolean draft, String effective) {

    /** The same head, naming the day {@code effective} the document takes effect (none when null). */
    public PrintHead withEffective(java.time.LocalDate effective) {
        return new PrintHead(issuerLines, number, placeDate, kind, title, address, printedOn, revision, draft,
                effective == null ? null : vn.congkhai.text.VietnameseFormat.date(effective));
    }

    public PrintHead {
        issuerLines = List.copyOf(issuerLines);
    }

    /**
     * The address's QR code as a PNG data URI, made only if a template asks: the theme's printouts draw it from the
     * address ({@code <object type="image/x-qr-code">}, {@link QrCodeObjects}).
     */
    public String qr() {
        return QrCode.dataUri(address);
    }
}

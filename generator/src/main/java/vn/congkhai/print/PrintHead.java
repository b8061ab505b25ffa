package vn.congkhai.print;

import java.util.List;

/**
 * The parts of a printout around its body: the Decree 30/2020 header block, the document type and title, and the
 * way back to the online original (address, QR code, print date, revision).
 *
 * @param draft     printed from the preview: it then says, above all, not to post it
 * @param effective the day a document takes effect ("01/07/2024"; Decree 42/2022), or null
 */
public record PrintHead(List<String> issuerLines, String number, String placeDate, String kind, String title,
                        String address, String printedOn, String revision, boolean draft, String effective) {

    public PrintHead {
        issuerLines = List.copyOf(issuerLines);
    }

    /** The address's QR code as a PNG data URI, for a commune's own template (the theme's draws {@link QrCode}). */
    public String qr() {
        return QrCode.dataUri(address);
    }
}

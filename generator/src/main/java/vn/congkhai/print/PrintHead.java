package vn.congkhai.print;

import java.util.List;

/**
 * A printout's Decree 30/2020 header block, type and title, and the way back to the online original.
 *
 * @param draft     printed from the preview: it then says, above all, not to post it
 * @param effective the day a document takes effect ("01/07/2024"), or null
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

package vn.congkhai.print;

import java.util.List;

/**
 * The parts of a printout around its body: the Decree 30/2020 header block (issuing body, number, place and date),
 * the document type and title, and the way back to the online original (address, QR code, print date, revision).
 */
public record PrintHead(List<String> issuerLines, String number, String placeDate, String kind, String title,
                        String address, String qr, String printedOn, String revision) {
}

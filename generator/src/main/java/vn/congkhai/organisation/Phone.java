package vn.congkhai.organisation;

/** A phone number as written, and its {@code tel:} address, so that a tap on a phone dials it. */
public record Phone(String shown, String tel) {

    /** The number as written ("0208 3800 000"), or null for none. */
    static Phone of(String number) {
        return number == null ? null : new Phone(number, "tel:" + number.replaceAll("[^0-9+]", ""));
    }
}

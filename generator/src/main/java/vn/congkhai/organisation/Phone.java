package vn.congkhai.organisation;

/**
 * A phone number as written, and its {@code tel:} address, so that a tap on a phone dials it.
 *
 * @param international as a caller from abroad dials it ("+84 208 3800 000"), for the English page
 */
public record Phone(String shown, String tel, String international) {

    /** The number as written ("0208 3800 000"), or null for none. */
    static Phone of(String number) {
        if (number == null) {
            return null;
        }
        String abroad = number.startsWith("0") ? "+84 " + number.substring(1) : number;
        return new Phone(number, "tel:" + abroad.replaceAll("[^0-9+]", ""), abroad);
    }
}

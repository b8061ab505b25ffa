package vn.congkhai.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.time.LocalDate;

/**
 * How numbers, money and dates are written for Vietnamese readers, in one place: {@code 1.250.000 đ},
 * {@code 25/03/2024}, {@code Lục Ba, ngày 25 tháng 3 năm 2024}.
 */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    /** {@code 1250000} → {@code 1.250.000}. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** A measure with a decimal comma and grouped thousands: {@code 1250.5} → {@code 1.250,5}; whole numbers as {@link #number}. */
    public static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return number(v.longValueExact());
        }
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        BigDecimal whole = new BigDecimal(plain.substring(0, dot));
        return (value.signum() < 0 && whole.signum() == 0 ? "-" : "") + number(whole.longValueExact()) + ","
                + plain.substring(dot + 1);
    }

    /**
     * A count and what it counts, never broken across lines: {@code 12, "hộ"} → {@code 12 hộ} with a no-break space
     * (a page and a printout show it as a space; text read from a page, as browsers and Jsoup read it, too).
     */
    public static String count(long value, String unit) {
        return number(value) + "\u00A0" + unit;
    }

    /** {@code 1250000} → {@code 1.250.000 đ}; amounts are whole đồng. */
    public static String money(long dong) {
        return number(dong) + " đ";
    }

    /** A size in bytes as people read it: {@code 812 B}, {@code 45,1 KB}, {@code 2,3 MB} (1 KB = 1.024 B). */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " "
                + units[unit];
    }

    /** A ratio as a percentage with a decimal comma: {@code 0.8553} → {@code 85,5%}. */
    public static String percent(BigDecimal ratio) {
        BigDecimal pct = ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        String text = pct.stripTrailingZeros().scale() <= 0 ? pct.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : pct.toPlainString();
        return text.replace('.', ',') + "%";
    }

    /** {@code 2024-03-05} → {@code 05/03/2024}. */
    public static String date(LocalDate date) {
        return pad(date.getDayOfMonth()) + "/" + pad(date.getMonthValue()) + "/" + date.getYear();
    }

    /**
     * The place-and-date line of an official document (Decree 30/2020, Appendix I): days under 10 and the months
     * January and February are written with a leading zero, e.g. {@code Lục Ba, ngày 05 tháng 02 năm 2024},
     * {@code Lục Ba, ngày 25 tháng 3 năm 2024}.
     */
    public static String documentDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return place + ", ngày " + pad(date.getDayOfMonth()) + " tháng " + (month <= 2 ? pad(month) : month)
                + " năm " + date.getYear();
    }

    private static String pad(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}

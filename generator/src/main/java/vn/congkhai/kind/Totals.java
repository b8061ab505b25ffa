package vn.congkhai.kind;

import vn.congkhai.text.VietnameseFormat;

/** The officer's message when a declared amount is not the sum it should be: every đồng counts. */
public final class Totals {

    private Totals() {
    }

    /**
     * "{what} 1.200.000.001 đ nhưng {against} là 1.200.000.000 đ (chênh 1 đ). Cách sửa: …".
     */
    public static String mismatch(String what, long declared, String against, long computed) {
        return what + " " + VietnameseFormat.money(declared) + " nhưng " + against + " là "
                + VietnameseFormat.money(computed) + " (chênh " + VietnameseFormat.money(declared - computed)
                + "). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.";
    }
}

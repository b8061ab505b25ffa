package vn.congkhai.household;

import vn.congkhai.text.Coded;
import java.util.Optional;

/** The categories of a poor-household list ({@code phan_loai}), in the order lists show them. */
public enum HouseholdCategory implements Coded {
    NGHEO("ngheo", "Hộ nghèo"),
    CAN_NGHEO("can-ngheo", "Hộ cận nghèo"),
    THOAT_NGHEO("thoat-ngheo", "Hộ thoát nghèo"),
    THOAT_CAN_NGHEO("thoat-can-ngheo", "Hộ thoát cận nghèo");

    private final String code;
    private final String label;

    HouseholdCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<HouseholdCategory> ofCode(String code) {
        return Coded.ofCode(HouseholdCategory.class, code);
    }
}

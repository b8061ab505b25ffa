package vn.congkhai.household;

import vn.congkhai.text.Coded;

/** The round of review a household list comes from ({@code dot}). */
public enum HouseholdRound implements Coded {
    SO_BO("so-bo", "Danh sách sơ bộ"),
    CHINH_THUC("chinh-thuc", "Danh sách chính thức"),
    BO_SUNG("bo-sung", "Danh sách bổ sung");

    private final String code;
    private final String label;

    HouseholdRound(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}

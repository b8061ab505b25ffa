package vn.congkhai.budget;

import vn.congkhai.text.Coded;

/** The stage of the budget year a budget disclosure reports ({@code giai_doan}). */
public enum BudgetStage implements Coded {
    DU_TOAN_TRINH("du-toan-trinh", "Dự toán trình Hội đồng nhân dân xã"),
    DU_TOAN("du-toan", "Dự toán được giao"),
    THUC_HIEN_Q1("thuc-hien-q1", "Thực hiện quý I"),
    THUC_HIEN_6_THANG("thuc-hien-6-thang", "Thực hiện 6 tháng"),
    THUC_HIEN_9_THANG("thuc-hien-9-thang", "Thực hiện 9 tháng"),
    THUC_HIEN_NAM("thuc-hien-nam", "Thực hiện cả năm"),
    QUYET_TOAN("quyet-toan", "Quyết toán");

    private final String code;
    private final String label;

    BudgetStage(String code, String label) {
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

package vn.congkhai.answer;

import vn.congkhai.text.Coded;

/** Where a citizen's question or petition stands ({@code trang_thai}). */
public enum AnswerStatus implements Coded {
    DA_TRA_LOI("da-tra-loi", "Đã trả lời"),
    DANG_GIAI_QUYET("dang-giai-quyet", "Đang giải quyết"),
    CHUYEN_CO_QUAN_KHAC("chuyen-co-quan-khac", "Chuyển cơ quan khác");

    private final String code;
    private final String label;

    AnswerStatus(String code, String label) {
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

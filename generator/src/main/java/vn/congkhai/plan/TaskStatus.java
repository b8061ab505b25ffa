package vn.congkhai.plan;

import vn.congkhai.text.Coded;
import java.util.Optional;

/** The status of a task in a period, as officers write it ({@code trang_thai}) and citizens read it. */
public enum TaskStatus implements Coded {
    CHUA_THUC_HIEN("chua-thuc-hien", "Chưa thực hiện"),
    DANG_THUC_HIEN("dang-thuc-hien", "Đang thực hiện"),
    HOAN_THANH("hoan-thanh", "Hoàn thành"),
    CHAM_TIEN_DO("cham-tien-do", "Chậm tiến độ");

    private final String code;
    private final String label;

    TaskStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TaskStatus> ofCode(String code) {
        return Coded.ofCode(TaskStatus.class, code);
    }

    public static String allCodes() {
        return Coded.allCodes(TaskStatus.class);
    }
}

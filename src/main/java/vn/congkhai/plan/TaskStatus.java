package vn.congkhai.plan;

import java.util.Arrays;
import java.util.Optional;

/** The status of a task in a period, as officers write it ({@code trang_thai}) and citizens read it. */
public enum TaskStatus {
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
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(TaskStatus::code).toList());
    }
}

package vn.congkhai.plan;

import java.util.List;

/** The 8 dimensions of PAPI since 2018, by number, as citizens read them. */
public final class PapiDimension {

    private static final List<String> NAMES = List.of(
            "Tham gia của người dân ở cấp cơ sở",
            "Công khai, minh bạch trong việc ra quyết định ở địa phương",
            "Trách nhiệm giải trình với người dân",
            "Kiểm soát tham nhũng trong khu vực công",
            "Thủ tục hành chính công",
            "Cung ứng dịch vụ công",
            "Quản trị môi trường",
            "Quản trị điện tử");

    private PapiDimension() {
    }

    public static String name(int dimension) {
        return NAMES.get(dimension - 1);
    }

    public static boolean isValid(int dimension) {
        return dimension >= 1 && dimension <= NAMES.size();
    }
}

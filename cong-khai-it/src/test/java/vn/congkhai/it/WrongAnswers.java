package vn.congkhai.it;

import java.util.List;

/**
 * Wrong or hostile answers to the set-up of a commune, and the line that refuses each: the same line whether the
 * commune is made by {@code cong-khai:tao-xa} or by {@code archetype:generate} directly ({@link NewCommuneIT},
 * {@link ArchetypeAnswersIT}), so that the two checks of the same rules cannot drift apart.
 */
final class WrongAnswers {

    /** The answers given, and the reason after "Chưa tạo được trang của xã: ". */
    record Case(String folder, String commune, String province, String address, String reason) {
    }

    static final List<Case> ALL = List.of(
            new Case("Phú Thịnh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn",
                    "Tên thư mục (artifactId) \"Phú Thịnh\" chỉ được có chữ thường không dấu, số và dấu gạch nối (và "
                            + "không là tên dành riêng của Windows như con, nul, aux). Cách sửa: chạy lại với "
                            + "-DartifactId=phu-thinh."),
            new Case("con", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn",
                    "Tên thư mục (artifactId) \"con\" chỉ được có chữ thường không dấu, số và dấu gạch nối (và "
                            + "không là tên dành riêng của Windows như con, nul, aux). Cách sửa: chạy lại với "
                            + "-DartifactId=phu-thinh."),
            new Case("phu-thinh", "Phú Thịnh", "Thái Nguyên", "javascript:alert(1)",
                    "Địa chỉ trang web (diaChiWeb) \"javascript:alert(1)\" phải là địa chỉ https:// (trang công khai "
                            + "dùng kết nối bảo mật). Cách sửa: chạy lại với "
                            + "-DdiaChiWeb=https://phuthinh.thainguyen.gov.vn."),
            new Case("phu-thinh", "Phú Thịnh", "Thái Nguyên", "http://phuthinh.thainguyen.gov.vn",
                    "Địa chỉ trang web (diaChiWeb) \"http://phuthinh.thainguyen.gov.vn\" phải là địa chỉ https:// "
                            + "(trang công khai dùng kết nối bảo mật). Cách sửa: chạy lại với "
                            + "-DdiaChiWeb=https://phuthinh.thainguyen.gov.vn."),
            new Case("phu-thinh", "Phú Thịnh</name><x>", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn",
                    "Tên xã (tenXa) \"Phú Thịnh</name><x>\" chỉ được có chữ, số, dấu cách và các dấu ' . , ( ) & - "
                            + "(không viết chữ \"xã\" ở đầu). Cách sửa: chạy lại với -DtenXa=\"Phú Thịnh\"."),
            new Case("phu-thinh", "Xã", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn",
                    "Tên xã (tenXa) \"Xã\" chỉ được có chữ, số, dấu cách và các dấu ' . , ( ) & - "
                            + "(không viết chữ \"xã\" ở đầu). Cách sửa: chạy lại với -DtenXa=\"Phú Thịnh\"."));

    private WrongAnswers() {
    }
}

package vn.congkhai.model;

import java.util.List;

/** The 14 items a commune must disclose under Art. 11 of Law 10/2022/QH15, as citizens read them. */
public final class ArticleElevenItem {

    private static final List<String> NAMES = List.of(
            "Kế hoạch phát triển kinh tế - xã hội hằng năm và kết quả thực hiện",
            "Ngân sách xã: dự toán, thực hiện, quyết toán",
            "Dự án đầu tư; thu hồi đất, bồi thường, tái định cư; quy hoạch, kế hoạch sử dụng đất",
            "Quy chế dân chủ; nhiệm vụ, quy tắc ứng xử của cán bộ, công chức",
            "Các khoản huy động, đóng góp của Nhân dân",
            "Tài sản công",
            "Chính sách an sinh xã hội, hỗ trợ: tiêu chí, đối tượng, kết quả",
            "Hỗ trợ thiên tai, dịch bệnh, bệnh hiểm nghèo; tiếp nhận ủng hộ",
            "Danh sách gọi công dân nhập ngũ, thực hiện nghĩa vụ công an",
            "Kết quả thanh tra, kiểm tra, giải quyết vụ việc tiêu cực; lấy phiếu tín nhiệm",
            "Nội dung lấy ý kiến Nhân dân và kết quả",
            "Phí, lệ phí và các khoản thu khác do xã trực tiếp thu",
            "Thủ tục hành chính thuộc thẩm quyền của xã",
            "Nội dung khác theo quy định của pháp luật, quy chế của xã");

    public static final int FIRST = 1;
    public static final int LAST = 14;

    private ArticleElevenItem() {
    }

    public static String name(int item) {
        return NAMES.get(item - 1);
    }

    /** Items 4 and 13 stay posted permanently (Art. 13); the others for a period. */
    public static boolean isPermanent(int item) {
        return item == 4 || item == 13;
    }
}

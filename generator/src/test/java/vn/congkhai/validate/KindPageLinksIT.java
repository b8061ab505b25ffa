package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link to a page a type adds (the fees page, a plan's period report) is checked against what the type's kind says
 * it adds: it holds while a disclosure of that type has a mistake, and a report of a period the plan does not report
 * on is refused.
 */
class KindPageLinksIT {

    @TempDir
    Path tmp;

    @Test
    void linksToTheTypesOwnPagesAreCheckedByWhatTheirKindsAdd() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/thu-tuc/khai-sinh.json", "\"ten\": \"Đăng ký khai sinh\",", "");
        site.replace("content/chinh-sach/bhyt.md", "[phí, lệ phí](/thu-tuc/phi-le-phi.html).",
                "[phí, lệ phí](/thu-tuc/phi-le-phi.html), [báo cáo quý II](../ke-hoach/kh-bao-cao-2024-q2.html), "
                        + "[báo cáo quý I](../ke-hoach/kh-bao-cao-2024-q1.html).");
        assertThat(site.problems()).containsExactly(
                "content/chinh-sach/bhyt.md:9: (liên kết): liên kết "
                        + "\"../ke-hoach/kh-bao-cao-2024-q1.html\" dẫn tới trang không có trên trang web. "
                        + "Cách sửa: sửa địa chỉ cho đúng (ví dụ ../ho-ngheo/2024-chinh-thuc.html) hoặc bỏ "
                        + "liên kết.",
                "content/thu-tuc/khai-sinh.json:1: ten: thiếu trường bắt buộc \"ten\" (Tên thủ "
                        + "tục). Cách sửa: thêm \"ten\": … Hướng dẫn: Tên thủ tục hành chính như đã công bố. "
                        + "Ví dụ: \"Thủ tục đăng ký khai sinh\".");
    }
}

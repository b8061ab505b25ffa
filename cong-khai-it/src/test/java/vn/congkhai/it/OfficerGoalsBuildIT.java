package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' goals through a real Maven write only where they should, and say so in Vietnamese. */
class OfficerGoalsBuildIT {

    @TempDir
    Path tmp;

    @Test
    void nhapWithRaOnThePomAndOverwriteIsRefusedAndTaoRefusesAWindowsName() throws Exception {
        Path commune = Mvn.generate(tmp, "phu-thinh", "Phú Thịnh", "Thái Nguyên", "https://phuthinh.thainguyen.gov.vn");
        Files.writeString(commune.resolve("danh-sach.csv"), """
                DANH SÁCH HỘ NGHÈO NĂM 2025
                STT,Họ và tên chủ hộ,Xóm,Phân loại
                1,Nông Văn Tám,Xóm Khuôn Lân,Hộ nghèo
                """);
        Map<String, String> before = FixtureSite.hashes(commune);

        Mvn.Run nhap = Mvn.run(commune, "-B", "cong-khai:nhap", "-Dtep=danh-sach.csv", "-Dloai=ho-ngheo",
                "-Dra=pom.xml", "-Dghi-de");
        assertThat(nhap.status()).as(nhap.output()).isNotZero();
        assertThat(nhap.lines()).contains("[ERROR] Không ghi được vào \"pom.xml\": tệp ho-ngheo chỉ được ghi trong "
                + "thư mục content/ho-ngheo/ (hoặc thư mục con của nó), đuôi .json. Cách sửa: viết "
                + "-Dra=content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json, hoặc bỏ -Dra để dùng tên tự đặt.");

        Mvn.Run tao = Mvn.run(commune, "-B", "cong-khai:tao", "-Dloai=thong-bao", "-Dten=con");
        assertThat(tao.status()).as(tao.output()).isNotZero();
        assertThat(tao.lines()).contains("[ERROR] Lỗi: tên tệp \"con\" là tên dành riêng của Windows (CON, PRN, AUX, "
                + "NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không tạo, mở hay tải về được tệp "
                + "này. Cách sửa: viết -Dten=con-1.");

        Map<String, String> after = FixtureSite.hashes(commune);
        after.keySet().removeIf(p -> p.startsWith("target/"));
        before.keySet().removeIf(p -> p.startsWith("target/"));
        assertThat(after).isEqualTo(before);
    }
}

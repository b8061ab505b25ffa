package vn.congkhai.publish;

import vn.congkhai.bake.BakeReceipt;
import vn.congkhai.bake.SiteListing;
import vn.congkhai.content.Sources;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What is checked before anything is sent: the last bake into the site folder succeeded, on the sources as they are
 * now, left the site as it is now, for today (not a date fixed in the past, unless asked), and for the address the
 * target says it serves.
 */
public final class ReadyToPublish {

    private ReadyToPublish() {
    }

    /**
     * @param declaredAddress the address the publish target serves ({@code cong-khai.dang.dia-chi-web})
     * @param allowFixedDate  publish a site baked for a fixed past date ({@code -Dcho-phep-ngay-cu})
     * @throws PublishException why the site must not be published
     */
    public static BakeReceipt check(Path project, Path site, String declaredAddress, LocalDate today,
                                    boolean allowFixedDate) throws PublishException {
        BakeReceipt receipt = BakeReceipt.of(site).orElseThrow(() -> new PublishException("Chưa có trang web đã tạo "
                + "trong " + site + ". Không đăng. Cách sửa: chạy mvnw package cong-khai:dang (tạo trang rồi đăng)."));
        if (!receipt.ok()) {
            throw new PublishException("Lần tạo trang gần nhất gặp lỗi nội dung, nên trang trong " + site + " là bản "
                    + "cũ. Không đăng. Cách sửa: sửa các lỗi mà mvnw package báo rồi chạy lại.");
        }
        if (!receipt.sources().equals(Sources.digest(project))) {
            throw new PublishException("Nội dung đã thay đổi sau lần tạo trang gần nhất: trang trong " + site + " chưa "
                    + "có các thay đổi đó. Không đăng. Cách sửa: chạy mvnw package cong-khai:dang (tạo lại trang rồi "
                    + "đăng).");
        }
        unchangedSince(receipt, site);
        LocalDate baked = LocalDate.parse(receipt.bakeDate());
        if (receipt.bakeDateFixed() && baked.isBefore(today) && !allowFixedDate) {
            throw new PublishException("Trang được tạo cho ngày cố định " + receipt.bakeDate() + " (ngay_bake trong "
                    + "jbake.properties), đã qua: văn bản ban hành sau ngày đó chưa có trên trang. Không đăng. Cách "
                    + "sửa: để trống ngay_bake rồi chạy lại; nếu thật sự muốn đăng trang của ngày đó, thêm "
                    + "-Dcho-phep-ngay-cu.");
        }
        if (declaredAddress == null || declaredAddress.isBlank()) {
            throw new PublishException("Nơi đăng chưa khai báo địa chỉ trang web nó phục vụ. Cách sửa: thêm thuộc tính "
                    + "cong-khai.dang.dia-chi-web (ví dụ " + receipt.siteAddress() + ") vào pom.xml.");
        }
        if (!sameAddress(declaredAddress, receipt.siteAddress())) {
            throw new PublishException("Địa chỉ không khớp: trang được tạo cho " + receipt.siteAddress() + " (site.host "
                    + "trong jbake.properties) nhưng nơi đăng được khai báo cho " + declaredAddress.strip()
                    + " (cong-khai.dang.dia-chi-web). Không đăng, để không đưa trang của xã này lên trang của nơi "
                    + "khác. Cách sửa: kiểm tra lại hai địa chỉ.");
        }
        return receipt;
    }

    /**
     * The site holds exactly the files its bake left there, each as it was (size and time): nothing deleted, edited or
     * added since, by hand or by another program.
     */
    private static void unchangedSince(BakeReceipt receipt, Path site) throws PublishException {
        String fix = " Không đăng. Cách sửa: chạy mvnw package cong-khai:dang (tạo lại trang rồi đăng).";
        if (receipt.files() == null) {
            throw new PublishException("Lần tạo trang gần nhất trong " + site + " không ghi lại danh sách tệp của "
                    + "trang (tạo bằng phiên bản cũ của chương trình), nên không kiểm tra được trang." + fix);
        }
        List<String> differences = new SiteListing("", receipt.files()).differences(SiteListing.of(site), 3);
        if (!differences.isEmpty()) {
            throw new PublishException("Trang trong " + site + " không còn như lần tạo trang gần nhất để lại ("
                    + String.join(", ", differences) + "): có người hay chương trình khác đã sửa vào đó." + fix);
        }
    }

    private static boolean sameAddress(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String address) {
        String s = address.strip().toLowerCase(java.util.Locale.ROOT);
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}

package vn.congkhai.publish;

import vn.congkhai.bake.BakeReceipt;
import vn.congkhai.bake.SiteBusyException;
import vn.congkhai.bake.SiteLock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/**
 * The publish step as the officer runs it ({@code mvnw package cong-khai:dang}, {@code mvnw cong-khai:quay-lai}):
 * check the baked site, connect, upload a release, switch to it, keep the last few.
 */
public final class Publish {

    /** How many releases are kept on the server by default. */
    public static final int KEEP = 5;

    private Publish() {
    }

    /**
     * What to publish, where, and as whom.
     *
     * @param declaredAddress the site address the target serves, compared with {@code site.host}
     * @param keep            releases to keep on the server (at least 2, so that there is one to roll back to)
     * @param allowFixedDate  publish even if the bake date was fixed in the past
     */
    public record Request(Path project, Path site, SftpTarget target, String declaredAddress, Login login,
                          Path knownHosts, int keep, boolean allowFixedDate, ZonedDateTime now) {
    }

    /** Publishes, printing progress lines to {@code out}; the live site is unchanged whenever this throws. */
    public static PublishResult site(Request r, Consumer<String> out) throws PublishException {
        if (r.keep() < 2) {
            throw new PublishException("Số bản giữ lại phải từ 2 trở lên (để còn bản trước mà quay lại), không phải "
                    + r.keep() + ". Cách sửa: sửa cong-khai.dang.giu-lai.");
        }
        if (r.login().keyFile() != null && r.login().keyFile().toAbsolutePath().normalize()
                .startsWith(r.project().toAbsolutePath().normalize())) {
            throw new PublishException("Khoá bí mật " + r.login().keyFile() + " nằm trong thư mục của xã, nơi được "
                    + "đưa lên kho chung: không dùng. Cách sửa: chuyển khoá ra ngoài (ví dụ ~/.ssh/), sửa <privateKey> "
                    + "trong settings.xml; nếu khoá đã từng được lưu vào git, đổi khoá mới.");
        }
        try (SiteLock lock = lock(r.site(), SiteLock.Task.PUBLISH, out)) {
            return publish(r, out);
        }
    }

    /**
     * The commune's lock, so that no bake changes the site while it is checked and sent (and no two publishes of it
     * run at once).
     */
    private static SiteLock lock(Path site, SiteLock.Task task, Consumer<String> out) throws PublishException {
        try {
            return SiteLock.take(site, task, out);
        } catch (SiteBusyException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    private static PublishResult publish(Request r, Consumer<String> out) throws PublishException {
        BakeReceipt receipt = ReadyToPublish.check(r.project(), r.site(), r.declaredAddress(), r.now().toLocalDate(),
                r.allowFixedDate());
        Manifest manifest;
        try {
            manifest = Manifest.of(r.site());
        } catch (IOException e) {
            throw new PublishException("Không đọc được trang trong " + r.site() + " (" + e.getMessage() + ").", e);
        }
        String name = ReleaseName.of(r.now(), ReleaseName.revision(r.project(), receipt.sources()));
        out.accept("Đăng lên " + r.target() + " (tài khoản " + r.login().user() + ").");
        try (RemoteFolder remote = RemoteFolder.open(r.target(), r.login(), r.knownHosts())) {
            PublishResult result = new Publisher(remote, out).publish(r.site(), manifest, name, r.keep());
            out.accept("Đã chuyển trang sang bản " + result.release()
                    + (result.previous() == null ? " (lần đăng đầu tiên)." : " (bản trước: " + result.previous() + ").")
                    + " Giữ lại " + r.keep() + " bản gần nhất"
                    + (result.removed().isEmpty() ? "." : "; đã xoá " + result.removed().size() + " bản cũ: "
                    + String.join(", ", result.removed()) + "."));
            if (result.previous() != null) {
                out.accept("Nếu bản mới có sai sót, quay lại bản trước bằng: mvnw cong-khai:quay-lai");
            }
            Announcements.print(r.site(), receipt, result, out);
            return result;
        } catch (IOException e) {
            throw new PublishException("Máy chủ báo lỗi khi đăng (" + e.getMessage() + "). Trang đang chạy không "
                    + "thay đổi. Cách sửa: chạy lại lệnh; nếu vẫn lỗi, hỏi cán bộ kỹ thuật.", e);
        }
    }

    /** A switch of the live site from one release to another. */
    public record Switch(String from, String to) {
    }

    /**
     * Switches the live site back to the release before it; {@code site} is the commune's site folder, whose lock it
     * holds meanwhile (no publish of the commune runs at the same time).
     */
    public static Switch rollback(Path site, SftpTarget target, Login login, Path knownHosts, Consumer<String> out)
            throws PublishException {
        try (SiteLock lock = lock(site, SiteLock.Task.ROLLBACK, out);
             RemoteFolder remote = RemoteFolder.open(target, login, knownHosts)) {
            Switch done = new Publisher(remote, out).rollback();
            out.accept("Đã quay lại bản " + done.to() + " trên " + target + " (bản " + done.from() + " vẫn còn trên "
                    + "máy chủ cho tới khi bị xoá theo số bản giữ lại).");
            return done;
        } catch (IOException e) {
            throw new PublishException("Máy chủ báo lỗi khi quay lại (" + e.getMessage() + "). Trang đang chạy không "
                    + "thay đổi. Cách sửa: chạy lại lệnh; nếu vẫn lỗi, hỏi cán bộ kỹ thuật.", e);
        }
    }
}

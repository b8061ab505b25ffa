package vn.congkhai.publish;

import vn.congkhai.bake.BakeReceipt;
import vn.congkhai.bake.ReleaseMessages;
import vn.congkhai.feed.Messages;
import vn.congkhai.text.VietnameseFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * After a publish, the ready messages (Zalo post, SMS) of the disclosures that are new to residents: those whose page
 * the release live before did not have (all of them on the first publish). A disclosure changed since is not
 * announced again, so that residents are not sent the same notice twice; its messages stay in the file. Nothing is
 * sent: an officer copies them.
 */
public final class Announcements {

    /** At most this many are printed, newest first; the rest are in the file. */
    static final int PRINTED = 10;

    private Announcements() {
    }

    /**
     * What the last publish of {@code site} printed of them, kept beside the site ({@code target/site.tin-nhan-moi.txt})
     * for the editor's publish page, which shows only the last lines of the run.
     */
    public static Path lastPrinted(Path site) {
        Path s = site.toAbsolutePath().normalize();
        return s.resolveSibling(s.getFileName() + ".tin-nhan-moi.txt");
    }

    static void print(Path site, BakeReceipt receipt, PublishResult result, Consumer<String> out) {
        List<String> printed = new ArrayList<>();
        lines(site, receipt, result, printed::add);
        printed.forEach(out);
        try {
            Files.writeString(lastPrinted(site), String.join("\n\n", printed) + "\n");
        } catch (IOException e) {
            out.accept("Không ghi được tệp " + lastPrinted(site) + " (" + e.getMessage() + "): trình soạn thảo sẽ không "
                    + "hiện các tin nhắn trên; chép chúng từ các dòng trên.");
        }
    }

    private static void lines(Path site, BakeReceipt receipt, PublishResult result, Consumer<String> out) {
        Path file = ReleaseMessages.pathFor(site);
        Optional<ReleaseMessages> written = ReleaseMessages.of(site)
                .filter(m -> m.sources().equals(receipt.sources()));
        if (written.isEmpty()) {
            out.accept("Không có tin nhắn Zalo, SMS cho lần đăng này: tệp " + file + " thiếu hoặc thuộc lần tạo trang "
                    + "khác. Cách sửa: chạy mvnw package rồi mở tệp đó để chép tin nhắn của văn bản mới.");
            return;
        }
        Set<String> added = new HashSet<>(result.added());
        List<Messages.Message> fresh = written.get().messages().stream().filter(m -> added.contains(m.page()))
                .toList();
        if (fresh.isEmpty()) {
            out.accept("Không có văn bản mới so với bản trước, nên không có tin nhắn Zalo, SMS cần gửi.");
            return;
        }
        out.accept("Tin nhắn báo " + VietnameseFormat.number(fresh.size()) + " văn bản mới đăng, để chép gửi qua "
                + "Zalo OA và SMS (chương trình không tự gửi):");
        for (Messages.Message m : fresh.stream().limit(PRINTED).toList()) {
            out.accept("Zalo, " + m.title() + ":\n" + m.zalo());
            out.accept("SMS (" + m.sms().length() + " ký tự, không dấu):\n" + m.sms());
        }
        if (fresh.size() > PRINTED) {
            out.accept("Còn " + VietnameseFormat.number(fresh.size() - PRINTED) + " văn bản mới khác: tin nhắn của "
                    + "chúng ở tệp " + file + ".");
        }
    }
}

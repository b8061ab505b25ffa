package vn.congkhai.publish;

import vn.congkhai.text.VietnameseFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Puts a baked site online as a new release and switches to it in one step; switches back on request.
 *
 * <pre>
 * folder/
 *   current -&gt; releases/20241220-101500-3f2a9c1     (the web server's document root)
 *   releases/20241220-101500-3f2a9c1/                 one folder per release, kept: the last N
 *   releases/20241220-101500-3f2a9c1.json             its {@link Manifest}
 *   releases/.dang-tai-…/                             a release being uploaded (never live)
 * </pre>
 *
 * A new release is uploaded into a hidden folder: files whose hash the live release already has are hard-linked
 * from it on the server ({@code hardlink@openssh.com}), the others sent. Only when every file is there is the folder
 * renamed into place and {@code current} switched; an upload cut off half way leaves the live site as it was, and
 * the next publish clears the leftovers.
 */
public final class Publisher {

    static final String UPLOADING = ".dang-tai-";
    private static final String MANIFEST = ".json";
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private final RemoteFolder remote;
    private final Consumer<String> out;

    Publisher(RemoteFolder remote, Consumer<String> out) {
        this.remote = remote;
        this.out = out;
    }

    /** Uploads {@code site} (whose manifest is {@code manifest}) as release {@code name}, switches to it, prunes. */
    PublishResult publish(Path site, Manifest manifest, String name, int keep) throws IOException, PublishException {
        remote.makeBase();
        Optional<String> live = remote.currentRelease();
        remote.mkdirs(RemoteFolder.RELEASES);
        List<String> existing = remote.list(RemoteFolder.RELEASES);
        for (String leftover : existing) {
            if (leftover.startsWith(UPLOADING)) {
                remote.removeTree(RemoteFolder.RELEASES + "/" + leftover);
            }
        }
        if (existing.contains(name)) {
            throw new PublishException("Trên máy chủ đã có bản " + name + ". Cách sửa: chờ một phút rồi chạy lại.");
        }
        Manifest liveFiles = live.isPresent() ? liveManifest(live.get()) : new Manifest(new java.util.TreeMap<>());
        boolean cannotLink = live.isPresent() && !remote.canHardLink();
        if (cannotLink) {
            out.accept("Máy chủ không cho tạo liên kết cứng (hardlink@openssh.com): gửi lại mọi tệp.");
        }
        List<String> send = cannotLink ? List.copyOf(manifest.files().keySet()) : manifest.changedFrom(liveFiles);
        out.accept("Bản mới " + name + ": " + VietnameseFormat.number(manifest.files().size()) + " tệp ("
                + VietnameseFormat.bytes(manifest.bytes()) + "); cần gửi " + VietnameseFormat.number(send.size())
                + " tệp (" + VietnameseFormat.bytes(manifest.bytes(send)) + ")"
                + (live.isPresent() ? ", còn lại dùng lại từ bản đang chạy " + live.get() + "." : "."));

        String uploading = RemoteFolder.RELEASES + "/" + UPLOADING + name;
        Set<String> toSend = new HashSet<>(send);
        AtomicInteger sent = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        int reused;
        try {
            remote.mkdirs(uploading);
            List<HardLink.Pair> links = new ArrayList<>();
            for (String path : manifest.files().keySet()) {
                int slash = path.lastIndexOf('/');
                if (slash > 0) {
                    remote.mkdirs(uploading + "/" + path.substring(0, slash));
                }
                if (!toSend.contains(path)) {
                    links.add(new HardLink.Pair(RemoteFolder.RELEASES + "/" + live.orElseThrow() + "/" + path,
                            uploading + "/" + path));
                }
            }
            remote.hardLinks(links);
            reused = links.size();
            remote.uploadAll(send.stream().map(path -> new RemoteFolder.Upload(site.resolve(path),
                    uploading + "/" + path, manifest.files().get(path).size())).toList(), u -> {
                int files = sent.incrementAndGet();
                long total = bytes.addAndGet(u.size());
                long last = lastProgress.get();
                if (System.nanoTime() - last > PROGRESS_EVERY_NANOS
                        && lastProgress.compareAndSet(last, System.nanoTime())) {
                    out.accept("Đang gửi: " + VietnameseFormat.number(files) + "/"
                            + VietnameseFormat.number(send.size()) + " tệp (" + VietnameseFormat.bytes(total) + ").");
                }
            });
            remote.write(RemoteFolder.RELEASES + "/" + name + MANIFEST, manifest.toJson());
            remote.rename(uploading, RemoteFolder.RELEASES + "/" + name);
        } catch (IOException e) {
            throw new PublishException("Việc gửi bị ngắt giữa chừng (đã gửi " + VietnameseFormat.number(sent.get())
                    + "/" + VietnameseFormat.number(send.size()) + " tệp" + (remote.isOpen() ? ": " + e.getMessage()
                    : ", mất kết nối với máy chủ") + "). Trang đang chạy không thay đổi"
                    + live.map(l -> " (bản " + l + ")").orElse("") + ". Cách sửa: chạy lại lệnh khi mạng ổn định.",
                    e);
        }
        out.accept("Đã gửi " + VietnameseFormat.number(sent.get()) + " tệp (" + VietnameseFormat.bytes(bytes.get())
                + "), dùng lại " + VietnameseFormat.number(reused) + " tệp có sẵn trên máy chủ.");
        switchTo(name);
        List<String> removed = prune(name, keep);
        List<String> added = manifest.files().keySet().stream().filter(p -> !liveFiles.files().containsKey(p)).toList();
        return new PublishResult(name, live.orElse(null), sent.get(), bytes.get(), reused, removed, added);
    }

    /** Switches {@code current} to the release before the live one. */
    Publish.Switch rollback() throws IOException, PublishException {
        String live = remote.currentRelease().orElseThrow(() -> new PublishException("Trên máy chủ chưa có bản "
                + "nào đang chạy (" + remote.path(RemoteFolder.CURRENT) + "), nên không có gì để quay lại."));
        List<String> older = releases().stream().filter(r -> r.compareTo(live) < 0).toList();
        if (older.isEmpty()) {
            throw new PublishException("Bản đang chạy " + live + " là bản cũ nhất còn giữ trên máy chủ: không có bản "
                    + "trước để quay lại.");
        }
        String previous = older.get(older.size() - 1);
        switchTo(previous);
        return new Publish.Switch(live, previous);
    }

    private void switchTo(String release) throws IOException {
        if (!remote.pointCurrentTo(release)) {
            out.accept("Máy chủ không hỗ trợ đổi tên nguyên tử (posix-rename@openssh.com): liên kết current được "
                    + "xoá rồi tạo lại, trang có thể không truy cập được trong chốc lát.");
        }
    }

    /** The finished releases on the server, oldest first (their names sort by date). */
    List<String> releases() throws IOException {
        return remote.list(RemoteFolder.RELEASES).stream()
                .filter(n -> !n.startsWith(".") && !n.endsWith(MANIFEST)).toList();
    }

    private Manifest liveManifest(String live) throws IOException {
        Optional<byte[]> json = remote.read(RemoteFolder.RELEASES + "/" + live + MANIFEST);
        if (json.isPresent()) {
            try {
                return Manifest.fromJson(json.get());
            } catch (IOException e) {
                // unreadable: send everything, below
            }
        }
        out.accept("Bản đang chạy " + live + " không có danh sách tệp đọc được: gửi lại mọi tệp.");
        return new Manifest(new java.util.TreeMap<>());
    }

    /** Removes the oldest releases beyond {@code keep}, never the live one. */
    private List<String> prune(String live, int keep) throws IOException {
        List<String> all = releases();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - keep; i++) {
            String old = all.get(i);
            if (!old.equals(live)) {
                remote.removeTree(RemoteFolder.RELEASES + "/" + old);
                remote.removeTree(RemoteFolder.RELEASES + "/" + old + MANIFEST);
                removed.add(old);
            }
        }
        return removed;
    }
}

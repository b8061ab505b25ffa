package vn.congkhai.province;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one of the few files the province knows from a commune's baked site, from its folder or over HTTPS: each
 * read bounded in time and size, no redirect followed, nothing but the file asked for fetched. Every failure is an
 * {@link UnreadableCommuneException} naming the file and the fix.
 */
final class CommuneFiles {

    /** Connecting to a commune's server. */
    static final Duration CONNECT = Duration.ofSeconds(10);
    /** A whole file, from the request to its last byte. */
    static final Duration FILE = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Duration file;

    CommuneFiles() {
        this(CONNECT, FILE);
    }

    /** With other limits: a test's slow server need not hold it for {@link #FILE}. */
    CommuneFiles(Duration connect, Duration file) {
        this.http = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.file = file;
    }

    /** The bytes of {@code path} (a path of the site, e.g. {@code tuan-thu/tuan-thu.json}), at most {@code limit}. */
    byte[] read(CommuneSource source, String path, int limit) throws UnreadableCommuneException {
        return source.isWeb() ? fetch(source, path, limit) : file(source, path, limit);
    }

    private static byte[] file(CommuneSource source, String path, int limit) throws UnreadableCommuneException {
        Path folder = source.folder();
        if (!Files.isDirectory(folder)) {
            throw new UnreadableCommuneException(source.given(), "không có thư mục " + folder + ". Cách làm: sửa "
                    + "đường dẫn trong danh sách xã của tỉnh (nguon), hoặc tải thư mục trang của xã (target/site) về "
                    + "đúng chỗ đó.");
        }
        Path file = folder.resolve(path);
        // a link could point anywhere on the computer: only the site's own files are read
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableCommuneException(source.given(), "không có tệp " + path + " (trang của xã chưa "
                    + "được tạo, hoặc được tạo bằng phiên bản Công khai cũ). Cách làm: chạy \"mvnw package\" trong "
                    + "thư mục của xã (với phiên bản Công khai mới), rồi tạo lại trang của tỉnh.");
        }
        try {
            if (Files.size(file) > limit) {
                throw tooLarge(source, path, limit);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableCommuneException(source.given(), "không đọc được tệp " + path + " (" + e.getMessage()
                    + "). Cách làm: kiểm tra quyền đọc thư mục của xã.");
        }
    }

    private byte[] fetch(CommuneSource source, String path, int limit) throws UnreadableCommuneException {
        java.net.URI uri = source.address().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(file).header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, info -> info.statusCode() == 200
                ? new Capped(limit) : HttpResponse.BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> answer;
        try {
            answer = response.get(file.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw slow(source, uri);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableCommuneException(source.given(), "việc đọc bị dừng giữa chừng. Cách làm: tạo lại "
                    + "trang của tỉnh.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (causedBy(cause, TooLarge.class)) {
                throw tooLarge(source, path, limit);
            }
            if (causedBy(cause, HttpConnectTimeoutException.class) || causedBy(cause, ConnectException.class)
                    || causedBy(cause, java.nio.channels.UnresolvedAddressException.class)) {
                throw new UnreadableCommuneException(source.given(), "không kết nối được tới máy chủ "
                        + uri.getHost() + ". Cách làm: kiểm tra địa chỉ trang của xã và mạng của máy tạo trang "
                        + "tỉnh; nếu trang của xã đang tạm ngừng, tạo lại trang của tỉnh sau.");
            }
            if (causedBy(cause, HttpTimeoutException.class)) {
                throw slow(source, uri);
            }
            throw new UnreadableCommuneException(source.given(), "lỗi khi đọc " + uri + " (" + cause
                    + "). Cách làm: mở địa chỉ đó bằng trình duyệt để xem; nếu trang của xã đang tạm ngừng, tạo lại "
                    + "trang của tỉnh sau.");
        }
        int status = answer.statusCode();
        if (status == 200) {
            return answer.body();
        }
        if (status >= 300 && status < 400) {
            throw new UnreadableCommuneException(source.given(), "máy chủ chuyển " + uri + " sang địa chỉ khác ("
                    + answer.headers().firstValue("Location").orElse("không rõ") + "); tỉnh không đi theo chuyển "
                    + "hướng. Cách làm: ghi đúng địa chỉ hiện nay của trang xã vào danh sách xã của tỉnh.");
        }
        if (status == 404) {
            throw new UnreadableCommuneException(source.given(), "máy chủ không có tệp " + path + " (mã 404: trang "
                    + "của xã chưa được đăng bằng phiên bản Công khai có tệp này). Cách làm: đăng lại trang của xã "
                    + "(mvnw package cong-khai:dang) bằng phiên bản Công khai mới, rồi tạo lại trang của tỉnh.");
        }
        throw new UnreadableCommuneException(source.given(), "máy chủ trả lời mã " + status + " cho " + uri
                + ". Cách làm: mở địa chỉ đó bằng trình duyệt để xem; nếu trang của xã đang tạm ngừng, tạo lại trang "
                + "của tỉnh sau.");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private UnreadableCommuneException slow(CommuneSource source, java.net.URI uri) {
        return new UnreadableCommuneException(source.given(), "máy chủ không gửi xong " + uri + " trong "
                + file.toSeconds() + " giây. Cách làm: tạo lại trang của tỉnh sau; nếu vẫn vậy, báo người quản trị "
                + "máy chủ của xã.");
    }

    private static UnreadableCommuneException tooLarge(CommuneSource source, String path, int limit) {
        return new UnreadableCommuneException(source.given(), "tệp " + path + " lớn hơn " + limit / (1024 * 1024)
                + " MB, quá giới hạn tỉnh đọc cho tệp này. Cách làm: kiểm tra địa chỉ hoặc thư mục đó có đúng là "
                + "trang Công khai của xã không.");
    }

    /** A file's bytes, refused once it passes its limit: a server cannot make the province hold more. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Capped(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (body.isDone()) {
                    return;
                }
                if (bytes.size() + b.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }

    /** A body over its limit. */
    private static final class TooLarge extends IOException {
    }
}

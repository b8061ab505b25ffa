package vn.congkhai.word;

import vn.congkhai.attachment.FileKind;
import vn.congkhai.config.Commune;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.Format;
import vn.congkhai.model.ContentDestination;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.FileNames;
import vn.congkhai.problem.Problems;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.text.VietnameseText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer's Word document ({@code .docx}, Decree 30/2020 layout) into a draft Markdown disclosure
 * ({@code status=draft}): the header's number, date, kind and title become the metadata ({@link Decree30Header},
 * the kind's section from {@link DocumentKinds}), the body becomes Markdown ({@link MarkdownBody}), the "Nơi nhận"
 * and signature blocks are left out and reported. The Word file itself is published only when the officer asks for
 * it as an attachment, and then only if it passes the attachment checks. Never overwrites a file unless told to.
 */
public final class WordImport {

    /** What the officer asked for; null where left out. */
    public record Request(Path document, DisclosureType type, Path output, String title, Integer item,
                          boolean overwrite, boolean attach) {
    }

    /** The file written (or null) and the messages for the officer. */
    public record Outcome(Path written, List<String> messages, boolean ok) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Path projectDir;
    private final LocalDate today;

    public WordImport(Path projectDir, LocalDate today) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.today = today;
    }

    public Outcome run(Request request) {
        String name = request.document().getFileName().toString();
        WordFile.Body read;
        try {
            read = WordFile.read(request.document());
        } catch (WordFile.Unreadable e) {
            return failed(e.getMessage());
        }
        List<WordFile.Block> blocks = read.blocks();
        Decree30Header header = Decree30Header.read(blocks);
        MarkdownBody.Result body = MarkdownBody.of(blocks, header.bodyStart());
        DocumentKinds.Row kind = header.kind() != null ? header.kind() : DocumentKinds.OTHER;
        DisclosureType type = request.type() != null ? request.type() : kind.type();
        String title = request.title() != null ? request.title() : title(header);
        if (title == null) {
            return failed("Không thấy tiêu đề trong " + name + " (các dòng in đậm dưới loại văn bản). Cách sửa: "
                    + "chạy lại với -Dtieu-de=\"Thông báo về việc …\".");
        }
        if (body.markdown().isEmpty()) {
            return failed("Không thấy nội dung trong " + name + " sau phần đầu văn bản. Cách sửa: kiểm tra tệp "
                    + "có đúng là văn bản cần đăng không.");
        }
        LocalDate date = header.date() != null ? header.date() : today;
        String fallback = date.toString().substring(0, 7) + "-" + slug(title);
        Path requested = request.output() != null ? request.output()
                : projectDir.resolve("content").resolve(type.code()).resolve(fallback + ".md");
        var misplaced = ContentDestination.refusal(projectDir, type, Format.MARKDOWN, requested, fallback);
        if (misplaced.isPresent()) {
            return failed(misplaced.get());
        }
        Path output = projectDir.resolve(requested).toAbsolutePath().normalize();
        if (Files.exists(output) && !request.overwrite()) {
            return failed("Tệp " + display(output) + " đã có, không ghi đè. Cách sửa: chọn tên khác với "
                    + "-Dra=content/…md, hoặc thêm -Dghi-de nếu muốn thay tệp cũ.");
        }
        String attachment = null;
        if (request.attach()) {
            attachment = output.getFileName().toString().replaceFirst("\\.md$", ".docx");
            var refusal = FileKind.refusal(attachment, request.document(), false);
            if (refusal.isPresent()) {
                return failed("Không đính kèm được " + name + ": " + refusal.get());
            }
        }
        String issuer = issuer(header);
        int item = request.item() != null ? request.item() : kind.item();
        StringBuilder md = new StringBuilder();
        md.append("title=").append(title).append('\n');
        md.append("date=").append(date).append('\n');
        md.append("type=").append(type.code()).append('\n');
        md.append("status=draft\n");
        if (header.number() != null) {
            md.append("so_hieu=").append(header.number()).append('\n');
        }
        if (issuer != null) {
            md.append("co_quan=").append(issuer).append('\n');
        }
        if (type.isDisclosure()) {
            md.append("muc_cong_khai=").append(item).append('\n');
        }
        if (attachment != null) {
            md.append("tep=[{\"ten\": \"Bản gốc (Word)\", \"duong_dan\": \"").append(attachment).append("\"}]\n");
        }
        md.append("~~~~~~\n").append(body.markdown());
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, md, StandardCharsets.UTF_8);
            if (attachment != null) {
                Files.copy(request.document(), output.resolveSibling(attachment),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The system's reason is in English and names no fix: the officer reads where and what to check.
            return failed("Không ghi được " + display(output) + ". Cách sửa: kiểm tra thư mục "
                    + display(output.getParent()) + " (có đúng là thư mục, có quyền ghi, ổ đĩa còn chỗ trống), rồi "
                    + "chạy lại.");
        }
        List<String> messages = messages(name, output, header, kind, type, title, date, item, body, attachment);
        messages.addAll(2, leftOut(read));
        return new Outcome(output, messages, true);
    }

    private List<String> messages(String name, Path output, Decree30Header header, DocumentKinds.Row kind,
                                  DisclosureType type, String title, LocalDate date, int item,
                                  MarkdownBody.Result body, String attachment) {
        List<String> messages = new ArrayList<>();
        messages.add("Đã nhập " + name + " vào " + display(output) + " (bản nháp: status = draft).");
        messages.add("  Đọc được: " + (header.kind() == null ? "không thấy loại văn bản" : "loại " + kind.kind())
                + " → type=" + type.code() + "; tiêu đề \"" + title + "\"; số hiệu "
                + (header.number() == null ? "(không có)" : header.number()) + "; ngày "
                + (header.date() == null ? "(không thấy, tạm ghi hôm nay " + VietnameseFormat.date(date) + ")"
                : VietnameseFormat.date(date)) + ".");
        if (header.dateProblem() != null) {
            messages.add("  Lưu ý: " + header.dateProblem() + "; sửa date=… cho đúng ngày ban hành.");
        }
        if (!body.dropped().isEmpty()) {
            messages.add("  Đã bỏ phần \"Nơi nhận\" và chữ ký ở cuối văn bản (" + body.dropped().size() + " dòng: "
                    + String.join(" / ", body.dropped()) + "): trang web và bản in không in lại chữ ký, con dấu.");
        }
        body.notes().forEach(n -> messages.add("  Lưu ý: " + n));
        if (attachment != null) {
            messages.add("  Đính kèm bản gốc: " + display(output.resolveSibling(attachment)) + " (được đăng cùng văn bản).");
        } else {
            messages.add("  Tệp Word gốc không được đăng (thêm -Ddinh-kem nếu muốn đăng kèm bản gốc).");
        }
        messages.add("Việc còn lại: đối chiếu nội dung với bản Word, kiểm tra tiêu đề, ngày, số hiệu (so_hieu), mục "
                + "công khai (muc_cong_khai = " + item + "), thêm thời gian niêm yết (niem_yet_tu); xem trước bằng "
                + "mvnw.cmd jetty:run; khi đúng, đổi status thành published.");
        return messages;
    }

    /** What the import left out because Word does not show it on the page, or runs: one line each, if any. */
    private static List<String> leftOut(WordFile.Body read) {
        List<String> parts = new ArrayList<>();
        if (read.hidden() > 0) {
            parts.add(VietnameseFormat.number(read.hidden()) + " đoạn chữ ẩn (Hidden)");
        }
        if (read.deleted() > 0) {
            parts.add(VietnameseFormat.number(read.deleted()) + " đoạn chữ đã xoá còn lưu khi theo dõi thay đổi (Track Changes)");
        }
        if (read.comments() > 0) {
            parts.add(VietnameseFormat.number(read.comments()) + " ghi chú (Comment)");
        }
        List<String> lines = new ArrayList<>();
        if (!parts.isEmpty()) {
            lines.add("  Đã bỏ những gì Word không hiện trên trang: " + String.join(", ", parts) + "; các phần này "
                    + "không được nhập nên không lên trang web, bản in hay ô tìm kiếm.");
        }
        if (!read.macros().isEmpty()) {
            lines.add("  Lưu ý: tệp có macro (" + String.join(", ", read.macros()) + "); chỉ nhập chữ của văn bản, "
                    + "macro bị bỏ và tệp gốc không được đính kèm.");
        }
        return lines;
    }

    /** "Quyết định về việc …": the kind in sentence case, then the title lines. */
    static String title(Decree30Header header) {
        if (header.titleLines().isEmpty()) {
            return null;
        }
        String lines = String.join(" ", header.titleLines()).replaceAll("\\s+", " ").strip();
        if (lines.equals(lines.toUpperCase(VI))) {
            lines = lines.toLowerCase(VI);
        }
        if (header.kind() == null) {
            return lines.substring(0, 1).toUpperCase(VI) + lines.substring(1);
        }
        String kind = header.kind().kind().toLowerCase(VI);
        return kind.substring(0, 1).toUpperCase(VI) + kind.substring(1) + " " + lines.substring(0, 1).toLowerCase(VI)
                + lines.substring(1);
    }

    /**
     * The issuing body as {@code co_quan} when it is not the commune's committee (the default), in sentence case
     * with the commune's names capitalised: "HỘI ĐỒNG NHÂN DÂN XÃ LỤC BA" → "Hội đồng nhân dân xã Lục Ba".
     */
    private String issuer(Decree30Header header) {
        String issuer = header.issuer();
        if (issuer == null) {
            return null;
        }
        SiteConfig config = SiteConfig.load(projectDir, new Problems());
        Commune commune = config == null ? null : config.commune();
        String full = issuer.replaceFirst("^UBND ", "ỦY BAN NHÂN DÂN ");
        if (commune != null && VietnameseText.fold(full).equals(VietnameseText.fold(commune.committee()))) {
            return null;
        }
        String text = placeNames(full.toLowerCase(VI));
        text = text.substring(0, 1).toUpperCase(VI) + text.substring(1);
        if (commune != null) {
            for (String place : List.of(commune.name(), commune.province(), commune.formerDistrict())) {
                if (place != null && !place.isBlank()) {
                    text = Pattern.compile(Pattern.quote(place.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(text).replaceAll(Matcher.quoteReplacement(place.strip()));
                }
            }
        }
        return text;
    }

    /** The levels of government a place name follows, longest first ("thị xã" before "xã"). */
    private static final List<String> LEVELS = List.of("thành phố", "thị trấn", "thị xã", "xã", "phường", "quận",
            "huyện", "tỉnh");

    /**
     * A lower-case body's name with each syllable of its places capitalised, as Vietnamese writes place names:
     * "ủy ban nhân dân huyện đại từ" → "ủy ban nhân dân huyện Đại Từ".
     */
    static String placeNames(String lower) {
        String[] words = lower.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean place = false;
        for (int i = 0; i < words.length; i++) {
            String level = null;
            for (String l : LEVELS) {
                int n = l.split(" ").length;
                if (i + n <= words.length && String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)).equals(l)) {
                    level = l;
                    break;
                }
            }
            out.append(out.isEmpty() ? "" : " ");
            if (level != null) {
                out.append(level);
                i += level.split(" ").length - 1;
                place = true;
            } else {
                out.append(place ? words[i].substring(0, 1).toUpperCase(VI) + words[i].substring(1) : words[i]);
            }
        }
        return out.toString();
    }

    /** The file name from the title, without the kind: "ve-viec-to-chuc-tiep-cong-dan-quy-3". */
    static String slug(String title) {
        String s = FileNames.slug(title);
        for (DocumentKinds.Row row : DocumentKinds.TABLE) {
            String kind = VietnameseText.fold(row.kind()).replace(' ', '-') + "-";
            if (s.startsWith(kind)) {
                s = s.substring(kind.length());
                break;
            }
        }
        if (s.startsWith("ve-viec-")) {
            s = s.substring("ve-viec-".length());
        }
        if (s.length() > 50) {
            int cut = s.lastIndexOf('-', 50);
            s = s.substring(0, cut > 0 ? cut : 50);
        }
        return s.isEmpty() ? "van-ban" : s;
    }

    private String display(Path output) {
        return (output.startsWith(projectDir) ? projectDir.relativize(output).toString() : output.toString())
                .replace('\\', '/');
    }

    private static Outcome failed(String message) {
        return new Outcome(null, List.of(message), false);
    }
}

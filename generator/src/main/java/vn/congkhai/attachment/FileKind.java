package vn.congkhai.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the site publishes as they are, recognised by their name and checked by what they hold: an
 * image by its first bytes, a PDF by what PDFBox finds in it ({@link PdfContent}), a Word or OpenDocument file by
 * its main part and the parts beside it ({@link OfficeDocument}), so that a spreadsheet renamed {@code .docx}, a
 * macro or a PDF's script is not published. Attachments are documents and raster images; the theme adds its
 * styles, scripts and fonts. Spreadsheets, SVG images and everything else are never published.
 */
public enum FileKind {
    PDF("PDF", true, new byte[]{'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("ảnh PNG", true, new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("ảnh JPG", true, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    GIF("ảnh GIF", true, new byte[]{'G', 'I', 'F', '8'}, "gif"),
    WEBP("ảnh WebP", true, new byte[]{'R', 'I', 'F', 'F'}, "webp"),
    WORD("văn bản Word", true, null, "doc"),
    WORD_XML("văn bản Word", true, null, "docx", "odt"),
    STYLE("tệp kiểu trang", false, null, "css"),
    SCRIPT("tệp mã của giao diện", false, null, "js"),
    FONT("phông chữ", false, null, "woff2", "woff", "ttf", "otf"),
    ICON("biểu tượng", false, null, "ico");

    /** Biggest file published as it is. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Why a spreadsheet is not published, and the fix. */
    static final String SPREADSHEET_REFUSAL = "không được đăng vì bảng tính thường chứa dữ liệu cá nhân (số định "
            + "danh, ngày sinh, điện thoại). Cách sửa: chuyển danh sách thành tệp JSON bằng lệnh nhap, rồi đặt bảng "
            + "tính vào thư mục nguồn ngoài content/ (ví dụ nguon/).";

    private static final Set<String> SPREADSHEETS = Set.of("xls", "xlsx", "xlsm", "ods", "csv", "tsv");

    private final String label;
    private final boolean attachment;
    private final byte[] magic;
    private final Set<String> extensions;

    FileKind(String label, boolean attachment, byte[] magic, String... extensions) {
        this.label = label;
        this.attachment = attachment;
        this.magic = magic;
        this.extensions = Set.of(extensions);
    }

    /** Whether a disclosure may name it as an attachment (the theme's own kinds may not). */
    public boolean attachment() {
        return attachment;
    }

    /** Whether a file of this kind in assets/ belongs to the site's look (styles, scripts, fonts, images). */
    public boolean theme() {
        return !attachment || this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    public static Optional<FileKind> of(String name) {
        String ext = extension(name);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(ext)).findFirst();
    }

    /**
     * Why {@code file} (shown as {@code name}) may not be published as an attachment (or, with
     * {@code theme}, as a file of the site's theme), or empty when it may.
     */
    public static Optional<String> refusal(String name, Path file, boolean theme) {
        String ext = extension(name);
        Optional<FileKind> kind = of(name);
        if (kind.isEmpty() || (!theme && !kind.get().attachment)) {
            if (SPREADSHEETS.contains(ext)) {
                return Optional.of("tệp \"" + name + "\" là bảng tính, " + SPREADSHEET_REFUSAL);
            }
            if (ext.equals("svg") || ext.equals("svgz")) {
                return Optional.of("tệp \"" + name + "\" là ảnh SVG, có thể chứa mã chạy trên trang nên không được "
                        + "đăng. Cách sửa: xuất ảnh sang PNG hoặc JPG.");
            }
            return Optional.of("loại tệp \"" + (ext.isEmpty() ? name : "." + ext) + "\" không được đăng. Cách sửa: chỉ "
                    + "đính kèm PDF, ảnh PNG, JPG, GIF, WebP hoặc văn bản Word, OpenDocument (DOC, DOCX, ODT).");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of("tệp \"" + name + "\" nặng " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB, quá "
                        + "giới hạn " + MAX_BYTES / (1024 * 1024) + " MB. Cách sửa: nén tệp hoặc quét lại với độ "
                        + "phân giải thấp hơn (150 dpi là đủ để đọc).");
            }
            return switch (kind.get()) {
                case PDF -> kind.get().matches(file) ? Contents.pdf(name, PdfContent.read(file)) : notOfKind(name, PDF);
                case WORD -> Contents.office(name, OfficeDocument.inspect(file), OfficeDocument.Kind.WORD, WORD);
                case WORD_XML -> Contents.office(name, OfficeDocument.inspect(file), ext.equals("odt")
                        ? OfficeDocument.Kind.OPEN_TEXT : OfficeDocument.Kind.WORD, WORD_XML);
                default -> kind.get().matches(file) ? Optional.empty() : notOfKind(name, kind.get());
            };
        } catch (IOException e) {
            return Optional.of("không đọc được tệp \"" + name + "\". Cách sửa: kiểm tra quyền đọc, rồi chép lại tệp.");
        }
    }

    /** A file whose content is not what its name says. */
    static Optional<String> notOfKind(String name, FileKind kind) {
        return Optional.of("nội dung tệp \"" + name + "\" không phải " + kind.label + " (tệp bị đổi đuôi hoặc bị "
                + "hỏng). Cách sửa: xuất lại tệp đúng định dạng từ phần mềm đã tạo ra nó.");
    }

    private boolean matches(Path file) throws IOException {
        if (magic == null) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length < magic.length || !Arrays.equals(Arrays.copyOf(head, magic.length), magic)) {
            return false;
        }
        return this != WEBP || (head.length == 12 && new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("WEBP"));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}

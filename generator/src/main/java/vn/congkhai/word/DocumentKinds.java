package vn.congkhai.word;

import vn.congkhai.model.DisclosureType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which section a Word document goes to, by the kind of document its header names (Decree 30/2020: the line in
 * capitals above the title), and the item of Art. 11 it usually discloses. The officers' guide shows the same
 * table; {@code -Dloai} and {@code -Dmuc} override it.
 */
public final class DocumentKinds {

    /** One line of the table. */
    public record Row(String kind, DisclosureType type, int item) {
    }

    public static final List<Row> TABLE = List.of(
            new Row("THÔNG BÁO", DisclosureType.THONG_BAO, 14),
            new Row("QUYẾT ĐỊNH", DisclosureType.CHINH_SACH, 7),
            new Row("NGHỊ QUYẾT", DisclosureType.CHINH_SACH, 7),
            new Row("CHỈ THỊ", DisclosureType.CHINH_SACH, 7),
            new Row("QUY CHẾ", DisclosureType.CHINH_SACH, 7),
            new Row("QUY ĐỊNH", DisclosureType.CHINH_SACH, 7),
            new Row("KẾ HOẠCH", DisclosureType.THONG_BAO, 14),
            new Row("BÁO CÁO", DisclosureType.THONG_BAO, 14),
            new Row("HƯỚNG DẪN", DisclosureType.THONG_BAO, 14),
            new Row("TỜ TRÌNH", DisclosureType.THONG_BAO, 14),
            new Row("BIÊN BẢN", DisclosureType.THONG_BAO, 14),
            new Row("KẾT LUẬN", DisclosureType.THANH_TRA, 10));

    /** A document that names no kind (a letter, "công văn") or a kind not in the table. */
    public static final Row OTHER = new Row("", DisclosureType.THONG_BAO, 14);

    private static final Locale VI = Locale.forLanguageTag("vi");

    private DocumentKinds() {
    }

    /** The row of a kind line ("QUYẾT ĐỊNH", in capitals, alone on its line). */
    public static Optional<Row> of(String line) {
        String upper = line.strip().replaceAll("\\s+", " ");
        if (!upper.equals(upper.toUpperCase(VI))) {
            return Optional.empty();
        }
        return TABLE.stream().filter(r -> r.kind().equals(upper)).findFirst();
    }

    /** The types a Word document may become: those written in Markdown. */
    public static List<DisclosureType> markdownTypes() {
        return java.util.Arrays.stream(DisclosureType.values())
                .filter(t -> t.format() == vn.congkhai.content.Format.MARKDOWN).toList();
    }
}

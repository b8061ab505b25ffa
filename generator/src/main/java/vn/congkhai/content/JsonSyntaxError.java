package vn.congkhai.content;

/** Malformed JSON, with where it is and what to do about it, in Vietnamese. */
public final class JsonSyntaxError extends Exception {

    /** Comments: JSON has none, and officers' editors may add them. */
    static final String COMMENT = "JSON không được có chú thích (//, /* */ hoặc #). Cách sửa: xoá chú thích, "
            + "từ // hoặc # đến hết dòng, từ /* đến */.";
    /** Nesting beyond {@link LocatedJson#MAX_DEPTH}. */
    static final String TOO_DEEP = "dữ liệu lồng nhau quá sâu (hơn " + LocatedJson.MAX_DEPTH + " tầng ngoặc { } "
            + "và [ ]). Cách sửa: kiểm tra các dấu { và [ quanh vị trí này, có thể bị gõ thừa; không văn bản công khai "
            + "nào cần lồng sâu như vậy.";
    /** A number beyond {@link LocatedJson#MAX_DIGITS} digits. */
    static final String TOO_LARGE = "số quá lớn hoặc quá nhiều chữ số (tối đa " + LocatedJson.MAX_DIGITS
            + " chữ số trước và " + LocatedJson.MAX_DIGITS + " chữ số sau dấu thập phân). Cách sửa: kiểm tra lại số "
            + "này, viết số liền như 1250000, không viết dạng 1e9.";

    private final int line;
    private final int column;

    public JsonSyntaxError(int line, int column, String explanation) {
        super(explanation, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Turns Jackson's English diagnosis into advice an officer can act on. */
    static String explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Duplicate field")) {
            String name = m.replaceAll("(?s)^Duplicate field '([^']*)'.*$", "$1");
            return "trường \"" + name + "\" được viết hai lần. Cách sửa: giữ một lần, xoá lần còn lại.";
        }
        if (m.contains("maybe a (non-standard) comment") || m.contains("('#' (code 35))")) {
            return COMMENT;
        }
        if (m.contains("was expecting comma")) {
            return "thiếu dấu phẩy (,) giữa hai mục. Cách sửa: thêm dấu phẩy ở cuối mục phía trước.";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "tên trường phải đặt trong dấu nháy kép, hoặc có dấu phẩy thừa trước dấu }. "
                    + "Cách sửa: viết \"ten_truong\": giá trị, và xoá dấu phẩy sau mục cuối cùng.";
        }
        if (m.contains("expected a value") || m.contains("Unexpected character (']'")) {
            return "thiếu giá trị hoặc có dấu phẩy thừa trước dấu ]. Cách sửa: xoá dấu phẩy sau mục cuối cùng.";
        }
        if (m.contains("end-of-input") || m.contains("Unexpected end")) {
            return "tệp kết thúc khi còn ngoặc chưa đóng. Cách sửa: kiểm tra mỗi { có một } và mỗi [ có một ].";
        }
        if (m.contains("Unrecognized token") || m.contains("Unrecognized character") || m.contains("Non-standard token")) {
            return "có giá trị không hợp lệ. Cách sửa: chữ phải đặt trong dấu nháy kép (\"...\"), "
                    + "số viết liền không có dấu chấm ngăn cách (1250000).";
        }
        if (m.contains("Illegal unquoted character") || m.contains("CTRL-CHAR")) {
            return "có ký tự xuống dòng hoặc ký tự điều khiển trong chuỗi. Cách sửa: viết chuỗi trên một dòng, dùng \\n để xuống dòng.";
        }
        if (m.contains("Invalid numeric value") || m.contains("Leading zeroes")) {
            return "số viết sai. Cách sửa: viết số liền, không có số 0 ở đầu, không có dấu chấm ngăn cách hàng nghìn.";
        }
        return "JSON sai cú pháp. Cách sửa: kiểm tra dấu phẩy, dấu nháy kép và các cặp ngoặc { } [ ] quanh vị trí này.";
    }
}

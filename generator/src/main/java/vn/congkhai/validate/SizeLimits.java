package vn.congkhai.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.problem.Problems;
import vn.congkhai.text.VietnameseFormat;

import java.util.Iterator;
import java.util.Map;

/**
 * How long one list may be: a list's printout is laid out whole in the bake's heap (512 MB), so a longer list is
 * refused while the content is checked, naming the file and the limit, instead of the bake running out of memory
 * later ({@code bench/big-list.sh} measures where that happens).
 */
public final class SizeLimits {

    /** Rows of one list (the elements of a top-level array: households, table rows, tasks, sessions). */
    public static final int MAX_ROWS = 5_000;
    /** Values in one list, all rows together: a row of a wide table costs as much as several narrow ones. */
    public static final int MAX_VALUES = 30_000;

    private SizeLimits() {
    }

    public static void check(SourceDocument doc, Problems problems) {
        check(doc, problems, MAX_ROWS, MAX_VALUES);
    }

    static void check(SourceDocument doc, Problems problems, int maxRows, int maxValues) {
        Iterator<Map.Entry<String, JsonNode>> fields = doc.metadata().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode list = field.getValue();
            if (!list.isArray()) {
                continue;
            }
            int rows = list.size();
            long values = values(list);
            String why;
            int perFile;
            if (rows > maxRows) {
                why = "danh sách có " + n(rows) + " dòng, vượt giới hạn " + n(maxRows) + " dòng của một tệp";
                perFile = maxRows;
            } else if (values > maxValues) {
                why = "danh sách có " + n(rows) + " dòng nhưng tới " + n(values) + " ô dữ liệu, vượt giới hạn "
                        + n(maxValues) + " ô của một tệp";
                perFile = (int) (maxValues * (long) rows / values);
            } else {
                continue;
            }
            problems.add(doc.path(), doc.lineOfField(field.getKey()), field.getKey(), why
                    + " (bản in và trang web của một danh sách dài hơn không tạo được trong bộ nhớ dành cho việc tạo "
                    + "trang). Cách sửa: tách thành nhiều tệp, mỗi tệp không quá " + n(perFile) + " dòng, ví dụ mỗi "
                    + "xóm một tệp; mỗi tệp mới chép đủ các trường chung (title, date, type, …), đặt tiêu đề riêng, "
                    + "ví dụ \"… - Xóm Đồng Tâm\", và nếu có số tổng hợp thì ghi lại cho từng tệp.");
        }
    }

    /** The values (numbers, texts, …) in a JSON tree, however deep. */
    private static long values(JsonNode node) {
        if (!node.isContainerNode()) {
            return 1;
        }
        long count = 0;
        for (JsonNode child : node) {
            count += values(child);
        }
        return count;
    }

    private static String n(long value) {
        return VietnameseFormat.number(value);
    }
}

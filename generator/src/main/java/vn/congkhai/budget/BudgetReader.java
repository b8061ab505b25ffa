package vn.congkhai.budget;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Totals;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a schema-valid {@code ngan-sach} file and checks its arithmetic: every line with sub-lines equals their
 * sum, and the declared totals ({@code tong_thu}, {@code tong_chi}) equal the top-level lines, to the đồng,
 * for the estimate and for the actual figures separately (the two are never added together).
 */
public final class BudgetReader {

    private BudgetReader() {
    }

    public static Budget read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        List<BudgetLine> revenue = lines(checks, root.path("thu"), "/thu", "thu");
        List<BudgetLine> expenditure = lines(checks, root.path("chi"), "/chi", "chi");
        total(checks, root.get("tong_thu"), revenue, "tong_thu", "tổng thu");
        total(checks, root.get("tong_chi"), expenditure, "tong_chi", "tổng chi");
        if (checks.failed()) {
            return null;
        }
        JsonNode explanation = root.get("thuyet_minh");
        return new Budget(root.path("nam").asInt(), vn.congkhai.text.Coded.ofCode(BudgetStage.class, root.path("giai_doan").asText()).orElseThrow(), revenue, expenditure,
                explanation == null || explanation.asText().isBlank() ? null : explanation.asText());
    }

    private static List<BudgetLine> lines(Checks checks, JsonNode nodes, String pointer, String field) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String at = pointer + "/" + i;
            String name = field + "[" + i + "]";
            List<BudgetLine> children = lines(checks, n.path("dong"), at + "/dong", name + ".dong");
            long estimate = n.path("du_toan").asLong();
            Long actual = n.has("thuc_hien") ? n.path("thuc_hien").asLong() : null;
            if (!children.isEmpty()) {
                String label = "dòng \"" + n.path("noi_dung").asText() + "\"";
                long sum = children.stream().mapToLong(BudgetLine::estimate).sum();
                if (sum != estimate) {
                    checks.add(at + "/du_toan", name + ".du_toan", mismatch(label + " có dự toán", estimate,
                            "tổng các dòng con", sum));
                }
                if (actual != null) {
                    long actualSum = actualSum(children);
                    if (actualSum != actual) {
                        checks.add(at + "/thuc_hien", name + ".thuc_hien", mismatch(label + " có thực hiện", actual,
                                "tổng thực hiện các dòng con", actualSum));
                    }
                }
            }
            lines.add(new BudgetLine(text(n.get("ma")), n.path("noi_dung").asText().strip(), estimate, actual,
                    List.copyOf(children)));
        }
        return List.copyOf(lines);
    }

    private static void total(Checks checks, JsonNode declared, List<BudgetLine> lines, String field, String what) {
        if (declared == null) {
            return;
        }
        long estimate = lines.stream().mapToLong(BudgetLine::estimate).sum();
        if (declared.path("du_toan").asLong() != estimate) {
            checks.add("/" + field + "/du_toan", field + ".du_toan", mismatch(what + " dự toán ghi",
                    declared.path("du_toan").asLong(), "tổng các dòng", estimate));
        }
        if (declared.has("thuc_hien")) {
            long actual = actualSum(lines);
            if (declared.path("thuc_hien").asLong() != actual) {
                checks.add("/" + field + "/thuc_hien", field + ".thuc_hien", mismatch(what + " thực hiện ghi",
                        declared.path("thuc_hien").asLong(), "tổng thực hiện các dòng", actual));
            }
        }
    }

    private static long actualSum(List<BudgetLine> lines) {
        return lines.stream().mapToLong(l -> l.actual() == null ? 0 : l.actual()).sum();
    }

    private static String mismatch(String what, long declared, String against, long computed) {
        return Totals.mismatch(what, declared, against, computed);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }
}

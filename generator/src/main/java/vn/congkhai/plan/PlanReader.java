package vn.congkhai.plan;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.text.IsoDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the data of a {@code ke-hoach} file into a {@link Plan}, reporting every mistake with its line. */
public final class PlanReader {

    public static final String CONTINUOUS = "thuong-xuyen";

    private final SourceDocument doc;
    private final Checks checks;
    private final Map<String, Integer> codes = new HashMap<>();

    private PlanReader(Checks checks) {
        this.doc = checks.doc();
        this.checks = checks;
    }

    /**
     * @param texts content paths of the Markdown texts without header, which {@code toan_van} may name
     * @return the plan, or null if {@code checks} found mistakes
     */
    public static Plan read(Checks checks, Set<String> texts) {
        return new PlanReader(checks).read(texts);
    }

    private Plan read(Set<String> texts) {
        // The schema has checked shapes, codes and ranges (periods, PAPI dimensions, statuses, progress): what is
        // left here is what a schema cannot say.
        List<String> periods = new ArrayList<>();
        doc.metadata().path("ky_bao_cao").forEach(period -> periods.add(period.asText()));
        String fullText = checkFullText(texts);
        JsonNode tasks = doc.field("nhiem_vu");
        if (tasks == null || !tasks.isArray() || tasks.isEmpty()) {
            problem("/nhiem_vu", "nhiem_vu", "kế hoạch cần danh sách nhiệm vụ \"nhiem_vu\". Cách sửa: thêm "
                    + "\"nhiem_vu\": [{\"ma\": \"II.1\", \"noi_dung\": \"...\", \"chi_so_papi\": 2, ...}].");
            return null;
        }
        List<PlanTask> tree = readTasks(tasks, "/nhiem_vu", "nhiem_vu");
        return checks.failed() ? null : new Plan(List.copyOf(periods), tree, fullText);
    }

    private String checkFullText(Set<String> texts) {
        JsonNode node = doc.field("toan_van");
        if (node == null || node.isNull()) {
            return null;
        }
        String folder = doc.contentPath().contains("/")
                ? doc.contentPath().substring(0, doc.contentPath().lastIndexOf('/') + 1) : "";
        String path = folder + node.asText();
        if (!texts.contains(path)) {
            problem("/toan_van", "toan_van", "không tìm thấy tệp toàn văn \"" + node.asText() + "\". Cách sửa: đặt tệp "
                    + "Markdown (không có phần đầu) cạnh " + doc.path() + " và viết đúng tên.");
            return null;
        }
        return path;
    }

    private List<PlanTask> readTasks(JsonNode nodes, String pointer, String field) {
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            PlanTask task = readTask(nodes.get(i), pointer + "/" + i, field + "[" + i + "]");
            if (task != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    private PlanTask readTask(JsonNode node, String pointer, String field) {
        String code = text(node, pointer, field, "ma", "mã nhiệm vụ, ví dụ II.3.2");
        if (code != null) {
            Integer first = codes.putIfAbsent(code, doc.lineOf(pointer + "/ma"));
            if (first != null) {
                problem(pointer + "/ma", field + ".ma", "mã \"" + code + "\" đã dùng ở dòng " + first
                        + ". Cách sửa: mỗi nhiệm vụ một mã riêng.");
            }
        }
        String text = text(node, pointer, field, "noi_dung", "nội dung nhiệm vụ");
        int dimension = node.path("chi_so_papi").asInt();
        String lead = text(node, pointer, field, "don_vi_chu_tri", "đơn vị chủ trì");
        List<String> partners = new ArrayList<>();
        JsonNode partnerNode = node.path("phoi_hop");
        if (partnerNode.isTextual()) {
            partners.add(partnerNode.asText());
        } else {
            partnerNode.forEach(p -> partners.add(p.asText()));
        }
        LocalDate deadline = deadline(node, pointer, field);
        JsonNode childNodes = node.get("nhiem_vu");
        List<PlanTask> children = childNodes != null && childNodes.isArray()
                ? readTasks(childNodes, pointer + "/nhiem_vu", field + ".nhiem_vu") : List.of();
        List<StatusReport> reports = reports(node, pointer, field);
        if (code == null || text == null || lead == null) {
            return null;
        }
        double weight = node.path("trong_so").asDouble(1);
        return new PlanTask(code, text, dimension, lead, List.copyOf(partners), deadline, weight, reports, children);
    }

    private LocalDate deadline(JsonNode node, String pointer, String field) {
        String value = node.path("thoi_han").asText("");
        if (value.equals(CONTINUOUS)) {
            return null;
        }
        LocalDate date = IsoDate.parse(value).orElse(null);
        if (date == null) {
            problem(pointer + "/thoi_han", field + ".thoi_han", "thời hạn \"" + value + "\" không hợp lệ. Cách sửa: "
                    + "viết một ngày năm-tháng-ngày (2024-06-30) hoặc \"thuong-xuyen\" cho nhiệm vụ thường xuyên.");
        }
        return date;
    }

    private List<StatusReport> reports(JsonNode node, String pointer, String field) {
        List<StatusReport> reports = new ArrayList<>();
        JsonNode list = node.get("bao_cao");
        if (list == null || !list.isArray()) {
            return reports;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String period = r.path("ky").asText("");
            TaskStatus status = TaskStatus.ofCode(r.path("trang_thai").asText("")).orElseThrow();
            int progress = r.path("tien_do").asInt();
            List<String> evidence = new ArrayList<>();
            JsonNode evidenceNode = r.path("minh_chung");
            if (evidenceNode.isTextual()) {
                evidence.add(evidenceNode.asText());
            } else {
                evidenceNode.forEach(e -> evidence.add(e.asText()));
            }
            reports.add(new StatusReport(period, status, progress, r.path("ket_qua").asText(""), List.copyOf(evidence)));
        }
        return reports;
    }

    private String text(JsonNode node, String pointer, String field, String name, String what) {
        JsonNode value = node.get(name);
        if (value == null || !(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            problem(pointer + "/" + name, field + "." + name, "thiếu " + what + " (\"" + name + "\"). Cách sửa: thêm \""
                    + name + "\": \"...\".");
            return null;
        }
        return value.asText().strip();
    }

    private void problem(String pointer, String field, String message) {
        checks.add(pointer, field, message);
    }
}

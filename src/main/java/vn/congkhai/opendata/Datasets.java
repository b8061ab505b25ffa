package vn.congkhai.opendata;

import vn.congkhai.budget.Budget;
import vn.congkhai.budget.BudgetLine;
import vn.congkhai.household.Household;
import vn.congkhai.household.HouseholdList;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.plan.PapiDimension;
import vn.congkhai.plan.Plan;
import vn.congkhai.plan.PlanTask;
import vn.congkhai.procedure.Procedure;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.reception.ReceptionSession;
import vn.congkhai.sheet.Column;
import vn.congkhai.sheet.DataSheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns each kind of JSON disclosure into its open-data table. Only the contract's published fields appear. */
public final class Datasets {

    private Datasets() {
    }

    public static Dataset of(Disclosure d, DisclosureData data) {
        String stem = d.uri().substring(0, d.uri().length() - ".html".length());
        List<Dataset.Field> fields = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        if (data instanceof HouseholdList list) {
            fields.addAll(List.of(f("stt", "STT", "integer"), f("chu_ho", "Chủ hộ", "string"),
                    f("xom", "Xóm", "string"), f("phan_loai", "Phân loại", "string"),
                    f("so_nhan_khau", "Số nhân khẩu", "integer"), f("ghi_chu", "Ghi chú", "string")));
            for (Household h : list.households()) {
                rows.add(Arrays.asList(h.number(), h.head(), h.hamlet(), h.category().label(), h.members(), h.note()));
            }
        } else if (data instanceof Budget budget) {
            fields.addAll(List.of(f("phan", "Phần", "string"), f("ma", "Mã", "string"),
                    f("noi_dung", "Nội dung", "string"), f("cap", "Cấp", "integer"),
                    f("du_toan", "Dự toán (đồng)", "integer"), f("thuc_hien", "Thực hiện (đồng)", "integer")));
            addBudgetLines(rows, "Thu", budget.revenue(), 1);
            addBudgetLines(rows, "Chi", budget.expenditure(), 1);
        } else if (data instanceof DataSheet sheet) {
            for (Column c : sheet.columns()) {
                fields.add(f(c.code(), c.heading(), switch (c.kind()) {
                    case MONEY -> "integer";
                    case NUMBER -> "number";
                    case DATE -> "date";
                    case TEXT -> "string";
                }));
            }
            for (Map<String, Object> row : sheet.rows()) {
                List<Object> values = new ArrayList<>();
                sheet.columns().forEach(c -> values.add(row.get(c.code())));
                rows.add(values);
            }
        } else if (data instanceof ReceptionSchedule schedule) {
            fields.addAll(List.of(f("ngay", "Ngày", "date"), f("tu", "Từ giờ", "string"),
                    f("den", "Đến giờ", "string"), f("nguoi_tiep", "Người tiếp", "string"),
                    f("dia_diem", "Địa điểm", "string"), f("ghi_chu", "Ghi chú", "string")));
            for (ReceptionSession s : schedule.sessions()) {
                rows.add(Arrays.asList(s.date(), s.from().toString(), s.to().toString(), s.receiver(), s.place(), s.note()));
            }
        } else if (data instanceof Plan plan) {
            fields.addAll(List.of(f("ma", "Mã", "string"), f("noi_dung", "Nội dung nhiệm vụ", "string"),
                    f("chi_so_papi", "Chỉ số PAPI", "integer"), f("ten_chi_so", "Tên chỉ số PAPI", "string"),
                    f("don_vi_chu_tri", "Đơn vị chủ trì", "string"), f("phoi_hop", "Phối hợp", "string"),
                    f("thoi_han", "Thời hạn", "string")));
            for (PlanTask t : plan.allTasks()) {
                rows.add(Arrays.asList(t.code(), t.text(), t.dimension(), PapiDimension.name(t.dimension()),
                        t.leadUnit(), String.join("; ", t.partners()),
                        t.isContinuous() ? "thuong-xuyen" : t.deadline().toString()));
            }
        } else if (data instanceof Procedure p) {
            fields.addAll(List.of(f("muc", "Mục", "string"), f("noi_dung", "Nội dung", "string")));
            rows.add(List.of("Mã thủ tục", p.code()));
            rows.add(List.of("Tên thủ tục", p.name()));
            rows.add(List.of("Lĩnh vực", p.field()));
            rows.add(List.of("Trình tự thực hiện", numbered(p.steps())));
            rows.add(List.of("Cách thức thực hiện", String.join("\n", p.methods())));
            rows.add(List.of("Thành phần, số lượng hồ sơ", p.documents().stream()
                    .map(doc -> doc.name() + ": " + doc.copies() + (doc.note() == null ? "" : " (" + doc.note() + ")"))
                    .collect(Collectors.joining("\n"))));
            rows.add(List.of("Thời hạn giải quyết", p.processingTime()));
            rows.add(List.of("Đối tượng thực hiện", p.applicants()));
            rows.add(List.of("Cơ quan thực hiện", p.agency()));
            optional(rows, "Kết quả", p.result());
            rows.add(List.of("Phí, lệ phí", p.fees().stream()
                    .map(fee -> fee.name() + ": " + fee.amount() + " đồng" + (fee.note() == null ? "" : " (" + fee.note() + ")"))
                    .collect(Collectors.joining("\n"))));
            optional(rows, "Yêu cầu, điều kiện", p.conditions());
            rows.add(List.of("Căn cứ pháp lý", String.join("\n", p.legalBasis())));
            optional(rows, "Nơi tiếp nhận", p.whereToApply());
            optional(rows, "Dịch vụ công trực tuyến", p.onlineService());
        } else {
            return null;
        }
        return new Dataset(stem.replace('/', '-'), d.title(), stem + ".csv", stem + ".json", d.uri(), fields, rows);
    }

    private static void addBudgetLines(List<List<Object>> rows, String part, List<BudgetLine> lines, int level) {
        for (BudgetLine line : lines) {
            rows.add(Arrays.asList(part, line.code(), line.text(), level, line.estimate(), line.actual()));
            addBudgetLines(rows, part, line.children(), level + 1);
        }
    }

    private static String numbered(List<String> steps) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add("Bước " + (i + 1) + ": " + steps.get(i));
        }
        return String.join("\n", lines);
    }

    private static void optional(List<List<Object>> rows, String label, String value) {
        if (value != null) {
            rows.add(List.of(label, value));
        }
    }

    private static Dataset.Field f(String name, String title, String type) {
        return new Dataset.Field(name, title, type);
    }
}

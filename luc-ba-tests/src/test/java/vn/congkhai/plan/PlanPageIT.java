package vn.congkhai.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congkhai.testing.FixtureSite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed plan's page and period reports, checked against figures this test computes on its own from
 * {@code content/ke-hoach/papi-2024.json} (without the product's progress code).
 */
class PlanPageIT {

    static FixtureSite site;
    static JsonNode plan;
    static final List<String> ORDER = List.of("Q1", "Q2", "6T", "Q3", "9T", "Q4", "N");

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.bakedProject();
        plan = new ObjectMapper().readTree(FixtureSite.example().resolve("content/ke-hoach/papi-2024.json").toFile());
    }

    static void leaves(JsonNode tasks, List<JsonNode> into) {
        for (JsonNode t : tasks) {
            if (t.has("nhiem_vu")) {
                leaves(t.get("nhiem_vu"), into);
            } else {
                into.add(t);
            }
        }
    }

    /** Rank of a period code like 2024-6T, in report order within its year. */
    static int rank(String period) {
        return Integer.parseInt(period.substring(0, 4)) * 10 + ORDER.indexOf(period.substring(5));
    }

    static JsonNode latest(JsonNode task, String period) {
        JsonNode found = null;
        for (JsonNode r : task.path("bao_cao")) {
            if (rank(r.path("ky").asText()) <= rank(period)) {
                found = r;
            }
        }
        return found;
    }

    static String pct(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString().replace('.', ',') + "%";
    }

    @Test
    void everyTaskOfTheSeedPlanIsShownWithItsDimensionAndLeadUnit() {
        Document page = Jsoup.parse(site.page("ke-hoach/papi-2024.html"));
        List<JsonNode> all = new ArrayList<>();
        collect(plan.get("nhiem_vu"), all);
        assertThat(page.select("table.tasks tbody tr")).hasSize(all.size());
        for (JsonNode task : all) {
            var row = page.select("table.tasks tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals(task.path("ma").asText())).findFirst().orElseThrow();
            assertThat(row.select("td").get(0).text()).isEqualTo(task.path("noi_dung").asText());
            assertThat(row.select("td").get(1).text()).startsWith(task.path("chi_so_papi").asText() + ". ");
            assertThat(row.select("td").get(2).text()).startsWith(task.path("don_vi_chu_tri").asText());
        }
    }

    static void collect(JsonNode tasks, List<JsonNode> into) {
        for (JsonNode t : tasks) {
            into.add(t);
            collect(t.path("nhiem_vu"), into);
        }
    }

    @Test
    void dashboardFiguresEqualWhatTheStatusDataGives() {
        List<JsonNode> leaves = new ArrayList<>();
        leaves(plan.get("nhiem_vu"), leaves);
        String last = "2024-N";
        Map<Integer, double[]> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode t : leaves) {
            JsonNode r = latest(t, last);
            double progress = r == null ? 0 : r.path("tien_do").asDouble();
            String status = r == null ? "chua-thuc-hien" : r.path("trang_thai").asText();
            double[] s = sums.computeIfAbsent(t.path("chi_so_papi").asInt(), k -> new double[2]);
            s[0] += progress;
            s[1]++;
            counts.merge(status, 1, Integer::sum);
        }
        Document page = Jsoup.parse(site.page("ke-hoach/papi-2024.html"));
        List<String> expected = new ArrayList<>();
        sums.forEach((d, s) -> expected.add(pct(s[0] / s[1])));
        assertThat(page.select("table.dimensions tbody td").eachText()).isEqualTo(expected);
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            assertThat(page.select(".status-counts .status-" + c.getKey() + " strong").text())
                    .isEqualTo(String.valueOf(c.getValue()));
        }
        assertThat(page.select("svg.chart title").text()).isEqualTo("Tiến độ theo chỉ số PAPI, năm 2024");
        assertThat(page.select("svg.chart desc").text()).contains(expected.get(0));
    }

    @Test
    void overdueTasksAreThoseWithAPastDeadlineNotDone() {
        List<String> expected = new ArrayList<>();
        List<JsonNode> leaves = new ArrayList<>();
        leaves(plan.get("nhiem_vu"), leaves);
        for (JsonNode t : leaves) {
            String deadline = t.path("thoi_han").asText();
            JsonNode r = latest(t, "2024-N");
            if (!deadline.equals("thuong-xuyen") && (r == null || !r.path("trang_thai").asText().equals("hoan-thanh"))) {
                expected.add(t.path("ma").asText());
            }
        }
        Document page = Jsoup.parse(site.page("ke-hoach/papi-2024.html"));
        assertThat(page.select("table.overdue tbody tr td:first-child").eachText()).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void thereIsAReportForEveryPeriodThatHasData() {
        TreeSet<String> periods = new TreeSet<>();
        List<JsonNode> all = new ArrayList<>();
        collect(plan.get("nhiem_vu"), all);
        all.forEach(t -> t.path("bao_cao").forEach(r -> periods.add(r.path("ky").asText())));
        for (String period : periods) {
            Path report = site.site().resolve("ke-hoach/papi-2024-bao-cao-" + period.toLowerCase() + ".html");
            assertThat(report).exists();
        }
        Document q2 = Jsoup.parse(site.page("ke-hoach/papi-2024-bao-cao-2024-q2.html"));
        assertThat(q2.select("h1").text())
                .isEqualTo("Báo cáo kết quả thực hiện Kế hoạch số 171/KH-UBND (quý II năm 2024)");
        assertThat(q2.select("main h2").eachText()).containsExactly("I. Tóm tắt kết quả", "II. Kết quả theo từng chỉ số PAPI");
        assertThat(Jsoup.parse(site.page("ke-hoach/papi-2024.html")).select("#bao-cao-ky + ul a")).hasSize(periods.size());
    }
}

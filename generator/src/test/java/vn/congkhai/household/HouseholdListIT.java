package vn.congkhai.household;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdListIT {

    @TempDir
    Path tmp;

    @Test
    void summaryCountsHouseholdsAndPeoplePerHamletAndCategory() {
        HouseholdSummary s = HouseholdSummary.of(List.of(
                new Household(1, "A", "Xóm 1", HouseholdCategory.NGHEO, 4, null),
                new Household(2, "B", "Xóm 1", HouseholdCategory.NGHEO, null, null),
                new Household(3, "C", "Xóm 2", HouseholdCategory.CAN_NGHEO, 2, null),
                new Household(4, "D", "Xóm 1", HouseholdCategory.CAN_NGHEO, null, null)));
        assertThat(s.hamlets()).containsExactly("Xóm 1", "Xóm 2");
        assertThat(s.categories()).containsExactly(HouseholdCategory.NGHEO, HouseholdCategory.CAN_NGHEO);
        assertThat(s.cell("Xóm 1", HouseholdCategory.NGHEO)).isEqualTo(new HouseholdSummary.Cell(2, 4));
        assertThat(s.cell("Xóm 1", HouseholdCategory.CAN_NGHEO)).isEqualTo(new HouseholdSummary.Cell(1, null));
        assertThat(s.cell("Xóm 2", HouseholdCategory.NGHEO)).isEqualTo(new HouseholdSummary.Cell(0, null));
        assertThat(s.hamletTotal("Xóm 1")).isEqualTo(new HouseholdSummary.Cell(3, 4));
        assertThat(s.total(HouseholdCategory.CAN_NGHEO)).isEqualTo(new HouseholdSummary.Cell(2, 2));
        assertThat(s.grandTotal()).isEqualTo(new HouseholdSummary.Cell(4, 6));
    }

    @Test
    void aListOfThreeHundredHouseholdsBakesAndItsCsvHasAHeaderAndThreeHundredLines() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        StringBuilder rows = new StringBuilder();
        String[] categories = {"ngheo", "can-ngheo", "thoat-ngheo", "thoat-can-ngheo"};
        for (int i = 1; i <= 300; i++) {
            rows.append(i > 1 ? ",\n" : "").append("    {\"stt\": ").append(i).append(", \"chu_ho\": \"Hộ mẫu số ")
                    .append(i).append("\", \"xom\": \"Xóm ").append(1 + i % 8).append("\", \"phan_loai\": \"")
                    .append(categories[i % 4]).append("\", \"so_nhan_khau\": ").append(1 + i % 6).append("}");
        }
        site.write("content/ho-ngheo/2024-lon.json", "{\n  \"title\": \"Danh sách 300 hộ\",\n  \"date\": \"2024-07-01\",\n"
                + "  \"type\": \"ho-ngheo\",\n  \"muc_cong_khai\": 7,\n  \"nam\": 2024,\n  \"dot\": \"bo-sung\",\n"
                + "  \"ho\": [\n" + rows + "\n  ],\n  \"tong_hop\": {\"ngheo\": 75, \"can-ngheo\": 75, \"thoat-ngheo\": 75, "
                + "\"thoat-can-ngheo\": 75}\n}\n");
        site.bake();
        List<String> csv = Files.readAllLines(site.site().resolve("ho-ngheo/2024-lon.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(301);
        assertThat(csv.get(0)).startsWith("\uFEFFSTT,");
        assertThat(csv.get(300)).startsWith("300,\"Hộ mẫu số 300\"");
        assertThat(Jsoup.parse(site.page("ho-ngheo/2024-lon.html")).select("table.households tbody tr")).hasSize(300);
    }
}

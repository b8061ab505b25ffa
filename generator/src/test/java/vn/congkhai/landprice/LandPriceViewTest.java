package vn.congkhai.landprice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Land prices grouped by land type, roads in Vietnamese order, positions side by side; titles and positions read. */
class LandPriceViewTest {

    @Test
    void pricesAreGroupedByLandTypeThenRoadWithThePositionsSideBySide() {
        LandPriceTable table = new LandPriceTable("QĐ 1", LocalDate.of(2025, 1, 1), null, List.of(
                new LandPrice("Đường Đồng Kè", null, 2, "Đất ở tại nông thôn", 900_000),
                new LandPrice("Đường Ấp Chè", null, 1, "Đất ở tại nông thôn", 1_800_000),
                new LandPrice("Khu vực còn lại", null, 1, "Đất trồng lúa", 60_000),
                new LandPrice("Đường Đồng Kè", null, 1, "Đất ở tại nông thôn", 1_500_000),
                new LandPrice("Đường Bãi Bằng", null, 4, "Đất ở tại nông thôn", 300_000)));
        LandPriceView view = LandPriceView.of(table);
        assertThat(view.landTypes()).extracting(LandPriceView.LandType::name)
                .containsExactly("Đất ở tại nông thôn", "Đất trồng lúa");
        List<LandPriceView.Row> rows = view.landTypes().get(0).rows();
        assertThat(rows).extracting(LandPriceView.Row::road)
                .containsExactly("Đường Ấp Chè", "Đường Bãi Bằng", "Đường Đồng Kè");
        assertThat(rows.get(2).prices()).isEqualTo(Arrays.asList(1_500_000L, 900_000L, null, null));
        assertThat(rows.get(1).prices()).isEqualTo(Arrays.asList(null, null, null, 300_000L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Bảng giá đất ở tại nông thôn năm 2025               | Đất ở tại nông thôn
            Bảng giá đất trồng lúa trên địa bàn xã Lục Ba       | Đất trồng lúa
            Bảng giá đất năm 2025                               | null
            Bảng giá các loại đất đai                           | null
            """)
    void theLandTypeATitleNames(String title, String type) {
        assertThat(LandPriceImport.landTypeOf(title)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1        | 1
            VT2      | 2
            Vị trí 3 | 3
            vt 4     | 4
            5        | null
            một      | null
            """)
    void aPositionAsOfficersWriteIt(String text, Integer position) {
        assertThat(LandPriceImport.position(text)).isEqualTo(position);
    }
}

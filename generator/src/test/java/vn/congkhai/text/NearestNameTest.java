package vn.congkhai.text;

import vn.congkhai.text.NearestName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NearestNameTest {

    private static final List<String> METADATA = List.of("title", "date", "type", "status", "so_hieu", "co_quan",
            "muc_cong_khai", "niem_yet_tu", "niem_yet_den", "tep", "nam", "dot", "quyet_dinh", "ho", "tong_hop");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "sohieu,         so_hieu",
            "so-hieu,        so_hieu",
            "So_Hieu,        so_hieu",
            "số_hiệu,        so_hieu",
            "niem_yet_dn,    niem_yet_den",
            "niemyet_tu,     niem_yet_tu",
            "niem_yet_ut,    niem_yet_tu",
            "muc_cong_kai,   muc_cong_khai",
            "mucconkhai,     muc_cong_khai",
            "tilte,          title",
            "titel,          title",
            "Title,          title",
            "stauts,         status",
            "quyetdinh,      quyet_dinh",
            "tong_hơp,       tong_hop",
            "date,           date",
    })
    void aMistypedNameFindsTheNameMeant(String typed, String meant) {
        assertThat(NearestName.nearest(typed, METADATA)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"ghi_chu", "cccd", "x", "ngay", "so_dien_thoai", "noi_dung_chinh", "''"})
    void aNameLikeNoneKnownGetsNoSuggestion(String typed) {
        assertThat(NearestName.nearest(typed, METADATA)).isEmpty();
    }

    @Test
    void nothingKnownMeansNoSuggestion() {
        assertThat(NearestName.nearest("title", Set.of())).isEmpty();
    }

    @Test
    void aTieGoesToTheNameClosestAsWrittenThenAlphabetically() {
        assertThat(NearestName.nearest("ab_c", List.of("abd", "ab_d"))).contains("ab_d");
        assertThat(NearestName.nearest("tu", List.of("tv", "tx"))).isEmpty();
        assertThat(NearestName.nearest("dong", List.of("dot", "don"))).contains("don");
        assertThat(NearestName.nearest("cot", List.of("dot", "cop"))).contains("cop");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(NearestName.distance("tilte", "title")).isEqualTo(1);
        assertThat(NearestName.distance("abc", "abc")).isZero();
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.distance("ca", "abc")).isEqualTo(3);
    }
}

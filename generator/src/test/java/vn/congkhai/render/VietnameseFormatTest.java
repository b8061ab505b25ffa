package vn.congkhai.render;

import vn.congkhai.text.VietnameseFormat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFormatTest {

    @Test
    void moneyGroupsThousandsWithDotsAndEndsWithDong() {
        assertThat(VietnameseFormat.money(1_250_000)).isEqualTo("1.250.000 đ");
        assertThat(VietnameseFormat.money(0)).isEqualTo("0 đ");
        assertThat(VietnameseFormat.money(999)).isEqualTo("999 đ");
        assertThat(VietnameseFormat.money(1000)).isEqualTo("1.000 đ");
        assertThat(VietnameseFormat.money(-2_500_000_000L)).isEqualTo("-2.500.000.000 đ");
    }

    @Test
    void aCountKeepsItsNumberAndUnitOnOneLine() {
        assertThat(VietnameseFormat.count(12, "hộ")).isEqualTo("12\u00A0hộ");
        assertThat(VietnameseFormat.count(1205, "khẩu")).isEqualTo("1.205\u00A0khẩu");
    }

    @Test
    void datesAreDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseFormat.date(LocalDate.of(2024, 3, 25))).isEqualTo("25/03/2024");
        assertThat(VietnameseFormat.date(LocalDate.of(2024, 1, 5))).isEqualTo("05/01/2024");
    }

    @Test
    void documentDateLinePadsDaysUnderTenAndOnlyJanuaryAndFebruary() {
        assertThat(VietnameseFormat.documentDate("Lục Ba", LocalDate.of(2024, 3, 25)))
                .isEqualTo("Lục Ba, ngày 25 tháng 3 năm 2024");
        assertThat(VietnameseFormat.documentDate("Lục Ba", LocalDate.of(2024, 2, 5)))
                .isEqualTo("Lục Ba, ngày 05 tháng 02 năm 2024");
        assertThat(VietnameseFormat.documentDate("Lục Ba", LocalDate.of(2024, 1, 15)))
                .isEqualTo("Lục Ba, ngày 15 tháng 01 năm 2024");
        assertThat(VietnameseFormat.documentDate("Lục Ba", LocalDate.of(2024, 12, 9)))
                .isEqualTo("Lục Ba, ngày 09 tháng 12 năm 2024");
    }

    @Test
    void measuresUseADecimalCommaAndGroupThousands() {
        assertThat(VietnameseFormat.decimal(new java.math.BigDecimal("125.5"))).isEqualTo("125,5");
        assertThat(VietnameseFormat.decimal(new java.math.BigDecimal("1250.75"))).isEqualTo("1.250,75");
        assertThat(VietnameseFormat.decimal(new java.math.BigDecimal("60.00"))).isEqualTo("60");
        assertThat(VietnameseFormat.decimal(new java.math.BigDecimal("-0.5"))).isEqualTo("-0,5");
    }

    @Test
    void percentagesUseADecimalComma() {
        assertThat(VietnameseFormat.percent(new BigDecimal("0.8553"))).isEqualTo("85,5%");
        assertThat(VietnameseFormat.percent(new BigDecimal("1"))).isEqualTo("100%");
    }
}

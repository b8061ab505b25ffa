package vn.congkhai.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the guard takes for a birth date in running text, shown on what Word documents and officers write. */
class BirthDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ông Nguyễn Văn An, sinh ngày 12/03/1975, trú tại xóm Kết Thành | sinh ngày 12/03/1975
            Sinh ngày 2/3/1975                                           | Sinh ngày 2/3/1975
            bà Lưu Thị Mai (NS: 1951-03-12)                              | NS: 1951-03-12
            năm sinh 1951                                                | năm sinh 1951
            ngày sinh: 12.03.1975                                        | ngày sinh: 12.03.1975
            Nông Văn Tám, SN 1968                                        | SN 1968
            sinh 12-03-1975                                              | sinh 12-03-1975
            ngay sinh 12/03/1975                                         | ngay sinh 12/03/1975
            các khoản phát sinh ngày 12/03/2024                          | -
            hỗ trợ học sinh 2024-2025                                    | -
            nguồn NS 2024                                                | -
            Quyết định 171/QĐ-UBND ngày 25/03/2024                       | -
            sinh hoạt ngày 12/03/2024                                    | -
            """)
    void aBirthDateIsOneNextToItsLabel(String text, String expected) {
        assertThat(BirthDates.labelled(text).stream().findFirst().orElse(null)).isEqualTo(expected);
    }
}

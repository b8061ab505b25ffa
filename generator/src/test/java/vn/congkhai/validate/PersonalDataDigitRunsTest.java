package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** What the personal-data guard takes each run of digits for, shown on the text officers write. */
class PersonalDataDigitRunsTest {

    private static final Set<String> COMMUNE = DigitRuns.allowed("0208 3000 111", "0208 3000 222");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CCCD 001.099.012.345                  | ID 001.099.012.345 labelled
            CMND: 012.345.678                     | ID 012.345.678 labelled
            cmnd 123.456.789                      | ID 123.456.789 labelled
            Căn cước công dân số 001099012345     | ID 001099012345 labelled
            can cuoc cong dan so: 001099012345    | ID 001099012345 labelled
            Số định danh cá nhân: 001 099 012 345 | ID 001 099 012 345 labelled
            CMT 123456789 đồng                    | ID 123456789 labelled
            Chứng minh nhân dân số 123.456.789    | ID 123.456.789 labelled
            mã định danh là 001099012345          | ID 001099012345 labelled
            001.099.012.345                       | ID 001.099.012.345
            012.345.678                           | ID 012.345.678
            125000000                             | ID 125000000
            012345678 đồng                        | ID 012345678
            SĐT 0912 345 678                      | PHONE 0912 345 678 labelled
            sdt: 0912345678                       | PHONE 0912345678 labelled
            Điện thoại di động 0912.345.678       | PHONE 0912.345.678 labelled
            ĐT: +84 912 345 678                   | PHONE +84 912 345 678 labelled
            0912 345 678                          | PHONE 0912 345 678
            Zalo: 0368123456                      | PHONE 0368123456 labelled
            +84912345678                          | PHONE +84912345678
            +84 912 345 678                       | PHONE +84 912 345 678
            125.000.000                           | -
            1.200.000.000                         | -
            125000000 đồng                        | -
            125000000đ                            | -
            125000000 VNĐ                         | -
            125 000 000 vnd                       | -
            171/KH-UBND                           | -
            thủ tục 1.001193                      | -
            ngày 25/03/2024                       | -
            2024-03-25                            | -
            đường ĐT 261                          | -
            tổng đài điện thoại 1900 1234         | -
            Luật Căn cước 2023                    | -
            điện thoại 0208 3000 111              | -
            ĐT 0208.3000.222                      | -
            +84 208 3000 111                      | -
            """)
    void eachRunIsAnIdAPhoneOrNeither(String text, String expected) {
        String found = DigitRuns.of(text, COMMUNE).stream().filter(r -> r.kind() != DigitRuns.Kind.OTHER)
                .map(r -> r.kind() + " " + r.text() + (r.labelled() ? " labelled" : "")).findFirst().orElse(null);
        assertThat(found).isEqualTo(expected);
    }

    /** The scan finds exactly the runs its pattern describes, on random text made of what runs are made of. */
    @Test
    void theScanFindsWhatThePatternMatches() {
        Random random = new Random(20261201);
        String alphabet = "0123456789 .-+xđ\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            Matcher m = DigitRuns.RUN.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            assertThat(DigitRuns.of(text.toString(), Set.of()).stream().map(DigitRuns.Run::text).toList())
                    .as("runs in \"%s\"", text).isEqualTo(expected);
        }
    }
}

package vn.congkhai.feed;

import org.junit.jupiter.api.Test;
import vn.congkhai.config.Commune;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMS fits one part of the GSM 7-bit alphabet whatever the title and the address. */
class MessagesTest {

    private static final Commune COMMUNE = new Commune("Lục Ba", "Ủy ban nhân dân xã Lục Ba", "Thái Nguyên", "",
            "", "", "", "", "", "https://lucba.thainguyen.gov.vn", List.of());

    @Test
    void typographicAndEscapedCharactersBecomeSingleSeptets() {
        assertThat(Messages.gsm("Đường “Bãi Chè” – [giai đoạn 2] {mới} a\\b | c~d ^e `f` …"))
                .isEqualTo("Duong \"Bai Che\" - (giai doan 2) (moi) a/b / c-d -e 'f' ...");
    }

    @Test
    void aShortTitleIsWholeAndALongOneIsCutAfterAWord() {
        assertThat(Messages.shortened("Lich tiep dan", 20)).isEqualTo("Lich tiep dan");
        assertThat(Messages.shortened("Lich tiep cong dan quy 2, nam 2024", 28)).isEqualTo("Lich tiep cong dan quy 2...");
        assertThat(Messages.shortened("Mot-tu-rat-dai-khong-co-dau-cach-nao", 20)).isEqualTo("Mot-tu-rat-dai-kh...")
                .hasSize(20);
    }

    @Test
    void aLinkTooLongToLeaveRoomForATitleGivesWayToTheSitesAddress() {
        String link = "https://lucba.thainguyen.gov.vn/thong-bao/" + "a".repeat(130) + ".html";
        String sms = Messages.sms(COMMUNE, "Thông báo họp dân", link);
        assertThat(sms).isEqualTo("UBND xa Luc Ba: Thong bao hop dan https://lucba.thainguyen.gov.vn");
        String fits = "https://lucba.thainguyen.gov.vn/thong-bao/" + "a".repeat(76) + ".html";
        assertThat(Messages.sms(COMMUNE, "Thông báo họp dân xóm Gốc Vải về kế hoạch sử dụng đất", fits))
                .isEqualTo("UBND xa Luc Ba: Thong bao hop dan... " + fits).hasSize(160);
    }
}

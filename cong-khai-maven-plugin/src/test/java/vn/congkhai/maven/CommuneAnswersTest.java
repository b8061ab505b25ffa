package vn.congkhai.maven;

import org.junit.jupiter.api.Test;
import vn.congkhai.maven.CommuneAnswers.Question;
import vn.congkhai.maven.CommuneAnswers.WrongAnswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommuneAnswersTest {

    @Test
    void theFolderComesFromTheCommunesNameWithoutDiacritics() {
        assertThat(CommuneAnswers.folderFor("Phú Thịnh")).isEqualTo("phu-thinh");
        assertThat(CommuneAnswers.folderFor("Đồng Hỷ & Tân Lập")).isEqualTo("dong-hy-tan-lap");
        assertThat(CommuneAnswers.folderFor("Con")).as("a name Windows keeps for itself").isEqualTo("phu-thinh");
        assertThat(CommuneAnswers.folderFor("")).isEqualTo("phu-thinh");
    }

    @Test
    void naturalAnswersAreCompletedAndSaySo() throws WrongAnswer {
        CommuneAnswers.Answer name = CommuneAnswers.check(Question.TEN_XA, "  xã   Phú Thịnh ");
        assertThat(name.value()).isEqualTo("Phú Thịnh");
        assertThat(name.note()).hasValue(
                "Đã bỏ chữ \"xã\" ở đầu tenXa: tenXa=Phú Thịnh (trang tự viết \"xã Phú Thịnh\").");
        CommuneAnswers.Answer address = CommuneAnswers.check(Question.DIA_CHI_WEB, "phuthinh.thainguyen.gov.vn/");
        assertThat(address.value()).isEqualTo("https://phuthinh.thainguyen.gov.vn");
        assertThat(CommuneAnswers.check(Question.TINH, "Thái Nguyên").note()).isEmpty();
    }

    @Test
    void aWrongAnswerSaysWhatIsWrongAndGivesARightOne() {
        assertThatThrownBy(() -> CommuneAnswers.check(Question.DIA_CHI_WEB, "https://admin:mk@phuthinh.gov.vn"))
                .isInstanceOfSatisfying(WrongAnswer.class, wrong -> {
                    assertThat(wrong).hasMessage("Địa chỉ trang web (diaChiWeb) \"https://admin:mk@phuthinh.gov.vn\" "
                            + "không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @)");
                    assertThat(wrong.example).isEqualTo("https://phuthinh.thainguyen.gov.vn");
                });
        assertThatThrownBy(() -> CommuneAnswers.check(Question.THU_MUC, "Phú Thịnh 2"))
                .isInstanceOfSatisfying(WrongAnswer.class, wrong -> assertThat(wrong.example).isEqualTo("phu-thinh-2"));
        assertThatThrownBy(() -> CommuneAnswers.check(Question.TINH, "")).isInstanceOf(WrongAnswer.class);
    }
}

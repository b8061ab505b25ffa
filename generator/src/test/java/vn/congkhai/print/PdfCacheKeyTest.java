package vn.congkhai.print;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A printout is made again when the code that makes it changes, not only its HTML: nothing to bump by hand. */
class PdfCacheKeyTest {

    @Test
    void thePrintoutOfTheSameHtmlByAnotherGeneratorOrLibraryHasAnotherKey() {
        PdfMaker.Info info = new PdfMaker.Info("Thông báo", "UBND xã", "Công khai", LocalDate.of(2024, 6, 30));
        String html = "<html><body><p>Mời họp</p></body></html>";

        assertThat(PdfCache.key("ma-1", html, info)).isEqualTo(PdfCache.key("ma-1", html, info))
                .isNotEqualTo(PdfCache.key("ma-2", html, info))
                .isNotEqualTo(PdfCache.key("ma-1", html.replace("họp", "dự"), info));
    }
}

package vn.congkhai.print;

import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Making a PDF leaves the PDF libraries' JVM-wide settings as it found them. */
class PdfLibrariesIT {

    private static final String XML_FACTORY = "javax.xml.parsers.DocumentBuilderFactory";

    @Test
    void makingAPdfLeavesTheLibrariesSettingsAsTheyWere() {
        FontMapper before = FontMappers.instance();
        boolean logging = PdfLibraries.loggingEnabled();
        byte[] pdf = new PdfMaker().pdf("<html><body><p>Thử</p></body></html>",
                new PdfMaker.Info("Thử", "UBND xã", "Bản in thử", LocalDate.of(2025, 1, 2)));
        assertThat(pdf).isNotEmpty();
        assertThat(FontMappers.instance()).isSameAs(before);
        assertThat(PdfLibraries.loggingEnabled()).isEqualTo(logging);
        assertThat(System.getProperty(XML_FACTORY)).isNull();
    }

    @Test
    void thePrintoutsDomIsBuiltOnTheJdksOwnXmlFactoryWithoutNamingItForTheJvm() {
        assertThat(PdfMaker.dom(org.jsoup.Jsoup.parse("<p>Thử</p>")).getClass().getName())
                .isEqualTo("com.sun.org.apache.xerces.internal.dom.DocumentImpl");
        assertThat(System.getProperty(XML_FACTORY)).isNull();
    }

    @Test
    void theSettingsHoldFromTheFirstPdfToTheLast() {
        FontMapper before = FontMappers.instance();
        PdfLibraries first = PdfLibraries.enter(font());
        PdfLibraries second = PdfLibraries.enter(font());
        assertThat(FontMappers.instance()).isInstanceOf(PdfLibraries.LiberationFontMapper.class);
        assertThat(PdfLibraries.loggingEnabled()).isFalse();
        first.close();
        first.close();
        assertThat(FontMappers.instance()).isInstanceOf(PdfLibraries.LiberationFontMapper.class);
        second.close();
        assertThat(FontMappers.instance()).isSameAs(before);
    }

    private static byte[] font() {
        try (var in = PdfLibrariesIT.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

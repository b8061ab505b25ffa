package vn.congkhai.print;

import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Making a PDF leaves the PDF libraries' JVM-wide settings as it found them. */
class PdfLibrariesIT {

    @Test
    void makingAPdfLeavesTheLibrariesSettingsAsTheyWere() {
        FontMapper before = FontMappers.instance();
        boolean logging = PdfLibraries.loggingEnabled();
        byte[] pdf = new PdfMaker().pdf("<html><body><p>Thử</p></body></html>",
                new PdfMaker.Info("Thử", "UBND xã", "Bản in thử", LocalDate.of(2025, 1, 2)));
        assertThat(pdf).isNotEmpty();
        assertThat(FontMappers.instance()).isSameAs(before);
        assertThat(PdfLibraries.loggingEnabled()).isEqualTo(logging);
        assertThat(System.getProperty(PdfLibraries.DOCUMENT_BUILDER_FACTORY)).isNull();
    }

    @Test
    void theJdksXmlFactoryIsNamedOnlyWhileAPdfIsMadeAndOnlyIfTheJvmNamedNone() {
        try (PdfLibraries settings = PdfLibraries.enter(font())) {
            assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().getClass().getName())
                    .isEqualTo(PdfLibraries.JDK_XML.get(PdfLibraries.DOCUMENT_BUILDER_FACTORY));
        }
        assertThat(System.getProperty(PdfLibraries.DOCUMENT_BUILDER_FACTORY)).isNull();
        System.setProperty(PdfLibraries.DOCUMENT_BUILDER_FACTORY, "some.Other");
        try (PdfLibraries settings = PdfLibraries.enter(font())) {
            assertThat(System.getProperty(PdfLibraries.DOCUMENT_BUILDER_FACTORY)).isEqualTo("some.Other");
        } finally {
            System.clearProperty(PdfLibraries.DOCUMENT_BUILDER_FACTORY);
        }
    }

    @Test
    void theSettingsHoldFromTheFirstPdfToTheLast() {
        FontMapper before = FontMappers.instance();
        PdfLibraries first = PdfLibraries.enter(font());
        PdfLibraries second = PdfLibraries.enter(font());
        assertThat(FontMappers.instance()).isInstanceOf(LiberationFontMapper.class);
        assertThat(PdfLibraries.loggingEnabled()).isFalse();
        first.close();
        first.close();
        assertThat(FontMappers.instance()).isInstanceOf(LiberationFontMapper.class);
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

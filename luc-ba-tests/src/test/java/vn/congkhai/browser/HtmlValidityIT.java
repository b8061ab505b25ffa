package vn.congkhai.browser;

import com.thaiopensource.util.PropertyMap;
import nu.validator.checker.Checker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.LogManager;
import org.apache.log4j.varia.NullAppender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.congkhai.testing.FixtureSite;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every page of the baked site is valid HTML for the W3C Nu validator (run offline, errors only). */
class HtmlValidityIT {

    /** The schema the Nu validator's web service uses for text/html by default, without full RDFa. */
    static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    static FixtureSite project;

    @BeforeAll
    static void bake() throws Exception {
        project = FixtureSite.bakedProject();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = project.site();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).sorted().toList();
        }
        assertThat(pages).as("HTML pages in the baked site").isNotEmpty();

        LogManager.getRootLogger().addAppender(new NullAppender()); // the validator logs through log4j 1
        Collector errors = new Collector();
        // no log4j set-up, URLs not logged, no language detection (it guesses at Vietnamese and only warns)
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, errors);
        withoutLanguageDetection(validator);
        validator.setUpValidatorAndParsers(errors, false, false);
        assertThat(errors.messages).as("setting up the Nu validator").isEmpty();

        for (Path page : pages) {
            errors.file = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }

        Map<String, Long> byMessage = errors.messages.stream()
                .map(m -> m.substring(m.indexOf(": ") + 2))
                .collect(Collectors.groupingBy(m -> m, TreeMap::new, Collectors.counting()));
        System.out.printf("Nu validator: %d pages, %d errors%n", pages.size(), errors.messages.size());
        byMessage.forEach((m, n) -> System.out.printf("  %4d × %s%n", n, m));
        if (!errors.messages.isEmpty()) {
            fail(String.format("%d Nu validator errors in %d pages:%n%s", errors.messages.size(), pages.size(),
                    String.join("\n", errors.messages)));
        }
    }

    /**
     * Validator 20.7.2 always adds its language-detecting checker, whose profiles are read with Jetty 9's JSON class;
     * the pom excludes the validator's Jetty 9 (it would shadow Jetty 12), so that checker cannot load. It only ever
     * warns (a page's language against its {@code lang}), so it is replaced by a checker that does nothing.
     */
    static void withoutLanguageDetection(SimpleDocumentValidator validator) throws ReflectiveOperationException {
        Field langdetect = SimpleDocumentValidator.class.getDeclaredField("langdetectSchema");
        langdetect.setAccessible(true);
        langdetect.set(validator, new CheckerSchema(PropertyMap.EMPTY, NoChecks.class));
    }

    /** A checker that checks nothing. */
    public static final class NoChecks extends Checker {
    }

    /** Errors and fatal errors as {@code file:line:column: message}; warnings and info are not failures. */
    static final class Collector implements ErrorHandler {
        String file = "(schema)";
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            messages.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }
}

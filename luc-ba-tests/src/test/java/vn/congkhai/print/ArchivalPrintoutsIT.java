package vn.congkhai.print;

import org.junit.jupiter.api.Test;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.PdfStandards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every printout of Lục Ba's site is PDF/A-2b and PDF/UA-1, as veraPDF checks them: 0 failed rules. */
class ArchivalPrintoutsIT {

    @Test
    void everyPrintoutOfTheSampleSiteBreaksNoRuleOfEitherProfile() throws IOException {
        FixtureSite site = FixtureSite.bakedProject();
        List<Path> printouts = printouts(site);
        assertThat(printouts).hasSizeGreaterThan(40);
        Map<String, Map<String, Integer>> failures = new TreeMap<>();
        for (Path pdf : printouts) {
            Map<String, Integer> failed = PdfStandards.failedRules(Files.readAllBytes(pdf));
            if (!failed.isEmpty()) {
                failures.put(site.site().relativize(pdf).toString(), failed);
            }
        }
        System.out.printf("veraPDF: %d printouts, profiles %s, %d with failed rules%n", printouts.size(),
                PdfStandards.PROFILES, failures.size());
        assertThat(failures).isEmpty();
    }

    /** The PDFs the bake made: every PDF of the site but the attachments copied from content/. */
    static List<Path> printouts(FixtureSite site) throws IOException {
        try (Stream<Path> files = Files.walk(site.site())) {
            return files.filter(f -> f.toString().endsWith(".pdf"))
                    .filter(f -> !Files.exists(site.dir().resolve("content").resolve(site.site().relativize(f).toString())))
                    .sorted().toList();
        }
    }
}

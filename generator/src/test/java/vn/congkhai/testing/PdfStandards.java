package vn.congkhai.testing;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * veraPDF, the reference checker, on a PDF: the rules of PDF/A-2b and of PDF/UA-1 it breaks, each with veraPDF's
 * own description and how often. A file veraPDF cannot parse at all breaks the rule "parse".
 */
public final class PdfStandards {

    /** The two profiles every printout claims. */
    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    /** Failed rules of one profile: "clause-test: description" → number of failed checks. */
    public static Map<String, Integer> failedRules(byte[] pdf, PDFAFlavour profile) {
        Map<String, Integer> failed = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage(), 1, Integer::sum);
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant (" + result.getJobEndStatus() + ")", 1);
            }
        } catch (Exception e) {
            failed.put("parse: " + e, 1);
        }
        return failed;
    }

    /** Failed rules of both profiles, each key prefixed by its profile. */
    public static Map<String, Integer> failedRules(byte[] pdf) {
        Map<String, Integer> failed = new TreeMap<>();
        for (PDFAFlavour profile : PROFILES) {
            failedRules(pdf, profile).forEach((rule, n) -> failed.put(profile.getId() + " " + rule, n));
        }
        return failed;
    }
}

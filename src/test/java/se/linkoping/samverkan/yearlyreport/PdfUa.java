package se.linkoping.samverkan.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * A PDF checked against PDF/UA-1 (ISO 14289-1) with veraPDF's built-in PDF/UA-1 profile (its machine-checkable
 * rules). A failure names every failed rule by its clause and test number, with the rule's description, how
 * often it failed and the first places, so a developer can fix it.
 */
final class PdfUa {

    private static final int PLACES_SHOWN = 3;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Fails unless veraPDF's PDF/UA-1 profile finds no failed rule in {@code pdf}. */
    static void assertConforms(byte[] pdf) {
        assertThat(failedRules(pdf)).as("the rules of PDF/UA-1 (veraPDF) the PDF fails").isEmpty();
    }

    private static String message(TestAssertion assertion) {
        return assertion.getErrorMessage() != null ? assertion.getErrorMessage() : assertion.getMessage();
    }

    /** Each failed rule of PDF/UA-1, as "clause-test: description (n×, at …)". */
    static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            assertThat(result.getTotalAssertions()).as("veraPDF checked the PDF").isPositive();
            Map<RuleId, List<TestAssertion>> failed = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(assertion.getRuleId(), id -> new ArrayList<>()).add(assertion);
                }
            }
            List<String> rules = new ArrayList<>();
            failed.forEach((id, assertions) -> {
                Rule rule = validator.getProfile().getRuleByRuleId(id);
                String description = rule == null ? "" : rule.getDescription();
                String message = message(assertions.get(0));
                List<String> places = assertions.stream().limit(PLACES_SHOWN)
                        .map(a -> a.getLocation() == null ? "?" : a.getLocation().getContext()).toList();
                rules.add(id.getSpecification() + " " + id.getClause() + "-" + id.getTestNumber() + ": "
                        + description + " (" + assertions.size() + "×"
                        + (message == null || message.equals(description) ? "" : ": " + message)
                        + "; at " + String.join(", ", places) + ")");
            });
            if (rules.isEmpty()) {
                assertThat(result.isCompliant()).as("veraPDF's verdict").isTrue();
            }
            return rules;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
    }
}

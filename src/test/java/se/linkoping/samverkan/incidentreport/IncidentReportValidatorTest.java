package se.linkoping.samverkan.incidentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.samverkan.referencedata.IncidentCategory;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/**
 * One test per rule of {@link IncidentReportValidator}. Every refusal must name the field, and its Swedish
 * message must name the field's label and say what to do, so that a sender can fix the report.
 */
class IncidentReportValidatorTest {

    /** Sunday 5 April 2026, 12:00 in Linköping (summer time, +02:00). */
    private static final Instant NOW = Instant.parse("2026-04-05T10:00:00Z");

    private static final IncidentCategory SKADEGORELSE =
            new IncidentCategory("skadegorelse", "Skadegörelse och klotter", false, false);
    private static final IncidentCategory VALD_HOT =
            new IncidentCategory("vald-hot", "Våld eller hot om våld", true, true);

    /** The constraints on the submission's fields, as Spring's validator runs them. */
    private static final Validator FIELD_RULES = Validation.buildDefaultValidatorFactory().getValidator();

    private IncidentReportValidator validator;

    @BeforeEach
    void setUp() {
        // The active entries; every other code (and a null) is unknown, as the database answers.
        ReferenceData referenceData = mock(ReferenceData.class);
        Set<String> districts = new HashSet<>(List.of("skaggetorp", "ryd"));
        Map<String, IncidentCategory> categories = Map.of("skadegorelse", SKADEGORELSE, "vald-hot", VALD_HOT);
        Set<String> sources = new HashSet<>(List.of("polis", "bostadsbolag"));
        when(referenceData.activeCodes(any(), any(), any())).thenAnswer(call -> new ReferenceData.ActiveCodes(
                districts.contains(call.<String>getArgument(0)),
                Optional.ofNullable(call.<String>getArgument(1)).map(categories::get),
                sources.contains(call.<String>getArgument(2))));

        validator = new IncidentReportValidator(referenceData,
                new IntakeProperties(Duration.ofDays(30), Duration.ofMinutes(5), STOCKHOLM),
                Clock.fixed(NOW, ZoneOffset.UTC), FIELD_RULES);
    }

    // ---------------------------------------------------------------------------------------------
    // A valid report
    // ---------------------------------------------------------------------------------------------

    @Test
    void aValidReportPassesWithEveryFieldTrimmed() {
        ValidIncidentReport report = validator.validate(new IncidentReportSubmission(
                "  skaggetorp ", "\tSkäggetorps centrum, vid entrén till Willys\n", " vald-hot",
                " 2026-04-04T21:30:00+02:00 ", "  Två män hotade personal med tillhygge.  ", "polis  ",
                "  POL-2026-0042 "), Channel.API);

        assertThat(report.districtCode()).isEqualTo("skaggetorp");
        assertThat(report.place()).isEqualTo("Skäggetorps centrum, vid entrén till Willys");
        assertThat(report.category()).isEqualTo(VALD_HOT);
        assertThat(report.occurredAt().toInstant()).isEqualTo(Instant.parse("2026-04-04T19:30:00Z"));
        assertThat(report.description()).isEqualTo("Två män hotade personal med tillhygge.");
        assertThat(report.sourceCode()).isEqualTo("polis");
        assertThat(report.externalReference()).isEqualTo("POL-2026-0042");
    }

    @Test
    void theTestFixtureItselfIsValid() {
        ValidIncidentReport report = validator.validate(valid().build(), Channel.API);

        assertThat(report.districtCode()).isEqualTo("skaggetorp");
        assertThat(report.category()).isEqualTo(SKADEGORELSE);
        assertThat(report.sourceCode()).isEqualTo("polis");
    }

    // ---------------------------------------------------------------------------------------------
    // Required fields
    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> requiredFieldsMissing() {
        record Required(String field, String label, String whatToDo) {
        }
        List<Required> required = List.of(
                new Required("district", "Stadsdel", "välj den stadsdel där händelsen inträffade"),
                new Required("place", "Plats", "ange var händelsen inträffade"),
                new Required("category", "Kategori", "välj vilken sorts händelse"),
                new Required("occurredAt", "Tidpunkt", "ange när händelsen inträffade"),
                new Required("description", "Beskrivning", "beskriv vad som hände"),
                new Required("source", "Källa", "välj vem som rapporterar"));
        return required.stream().flatMap(r -> Stream.of(
                argumentSet(r.field() + " null", r.field(), null, r.label(), r.whatToDo()),
                argumentSet(r.field() + " empty", r.field(), "", r.label(), r.whatToDo()),
                argumentSet(r.field() + " blank", r.field(), " \t\n ", r.label(), r.whatToDo())));
    }

    @ParameterizedTest
    @MethodSource("requiredFieldsMissing")
    void aMissingRequiredFieldIsRefused(String field, String missing, String label, String whatToDo) {
        Reason error = onlyError(valid().with(field, missing), Channel.TASKLIST);

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.message()).startsWith(label + " saknas").contains(whatToDo);
    }

    @ParameterizedTest(name = "externalReference \"{0}\"")
    @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
    void anApiReportWithoutExternalReferenceIsRefused(String missing) {
        Reason error = onlyError(valid().externalReference(missing), Channel.API);

        assertThat(error.field()).isEqualTo("externalReference");
        assertThat(error.message()).startsWith("Extern referens saknas").contains("ange ert systems id");
    }

    @ParameterizedTest(name = "externalReference \"{0}\"")
    @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
    void aTasklistReportNeedsNoExternalReference(String missing) {
        ValidIncidentReport report = validator.validate(valid().externalReference(missing).build(), Channel.TASKLIST);

        assertThat(report.externalReference()).isNull();
    }

    @Test
    void aTasklistReportKeepsAnExternalReferenceItIsGiven() {
        ValidIncidentReport report = validator.validate(valid().externalReference(" EST-17 ").build(), Channel.TASKLIST);

        assertThat(report.externalReference()).isEqualTo("EST-17");
    }

    // ---------------------------------------------------------------------------------------------
    // Reference data
    // ---------------------------------------------------------------------------------------------

    @Test
    void anUnknownDistrictIsRefused() {
        Reason error = onlyError(valid().district("skäggetorp"), Channel.API);

        assertThat(error.field()).isEqualTo("district");
        assertThat(error.message()).contains("Stadsdelen ”skäggetorp” finns inte", "Välj en av Linköpings stadsdelar",
                "GET /api/reference-data");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        Reason error = onlyError(valid().category("klotter"), Channel.API);

        assertThat(error.field()).isEqualTo("category");
        assertThat(error.message()).contains("Kategorin ”klotter” finns inte", "Välj en av kategorierna",
                "GET /api/reference-data");
    }

    @Test
    void anUnknownSourceIsRefused() {
        Reason error = onlyError(valid().source("polisen"), Channel.API);

        assertThat(error.field()).isEqualTo("source");
        assertThat(error.message()).contains("Källan ”polisen” finns inte", "Välj en av källorna",
                "GET /api/reference-data");
    }

    @Test
    void anUnknownCodeIsEchoedAtMostFortyCharactersLong() {
        String longCode = "x".repeat(40) + "TAIL-NOT-ECHOED";

        Reason error = onlyError(valid().district(longCode), Channel.API);

        assertThat(error.message()).contains("”" + "x".repeat(40) + "…”").doesNotContain("TAIL-NOT-ECHOED");
    }

    // ---------------------------------------------------------------------------------------------
    // occurredAt
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"igår kväll", "04/04/2026 21:30", "2026-04-04", "21:30",
            "2026-02-30T21:30", "2026-04-04T25:00", "2026-04-04T21:30+25:00"})
    void anUnreadableTimeIsRefused(String unreadable) {
        Reason error = onlyError(valid().occurredAt(unreadable), Channel.API);

        assertThat(error.field()).isEqualTo("occurredAt");
        assertThat(error.message()).contains("Tidpunkten ”" + unreadable + "” kan inte läsas",
                "Ange datum och tid som 2026-03-14T21:30", "med tidszon");
    }

    @Test
    void aTimeWrittenWithASpaceAsPeopleWriteItIsSwedishLocalTime() {
        assertThat(validator.validate(valid().occurredAt("2026-04-04 21:30").build(), Channel.API).occurredAt()
                .toInstant()).isEqualTo(Instant.parse("2026-04-04T19:30:00Z"));
    }

    @ParameterizedTest(name = "externalReference \"{0}\"")
    @ValueSource(strings = {"20260314-0042", "202603140042", "850709-9806"})
    void aReferenceOfDateAndSerialNumberIsAcceptedUnlessItIsAValidPersonalNumber(String reference) {
        assertThat(validator.validate(valid().externalReference(reference).build(), Channel.API).externalReference())
                .isEqualTo(reference);
    }

    @Test
    void aPersonalNumberInAFieldThatIsEchoedIsNotRepeated() {
        Reason error = onlyError(valid().district("850709-9805"), Channel.API);

        assertThat(error.field()).isEqualTo("district");
        assertThat(error.message()).contains("finns inte").doesNotContain("9805");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-04T21:30:00+02:00      | 2026-04-04T19:30:00Z
            2026-04-04T21:30+02:00         | 2026-04-04T19:30:00Z
            2026-04-04T15:30:00-04:00      | 2026-04-04T19:30:00Z
            2026-03-14T21:30:00+01:00      | 2026-03-14T20:30:00Z
            2026-04-04T19:30:00.250+00:00  | 2026-04-04T19:30:00.250Z
            """)
    void aTimeWithOffsetIsReadAsThatInstant(String occurredAt, Instant expected) {
        assertThat(validator.validate(valid().occurredAt(occurredAt).build(), Channel.API).occurredAt().toInstant())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-04T19:30:00Z   | 2026-04-04T19:30:00Z
            2026-04-04T19:30Z      | 2026-04-04T19:30:00Z
            2026-03-14T20:30:00Z   | 2026-03-14T20:30:00Z
            """)
    void aTimeInUtcIsReadAsThatInstant(String occurredAt, Instant expected) {
        assertThat(validator.validate(valid().occurredAt(occurredAt).build(), Channel.API).occurredAt().toInstant())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            vintertid (+01:00)          | 2026-03-14T21:30     | 2026-03-14T20:30:00Z | +01:00
            vintertid med sekunder      | 2026-03-14T21:30:15  | 2026-03-14T20:30:15Z | +01:00
            sommartid (+02:00)          | 2026-04-04T21:30     | 2026-04-04T19:30:00Z | +02:00
            sista timmen med vintertid  | 2026-03-29T01:59     | 2026-03-29T00:59:00Z | +01:00
            första timmen med sommartid | 2026-03-29T03:00     | 2026-03-29T01:00:00Z | +02:00
            """)
    void aTimeWithoutOffsetIsReadAsSwedishLocalTime(String season, String occurredAt, Instant expected,
                                                    ZoneOffset expectedOffset) {
        ValidIncidentReport report = validator.validate(valid().occurredAt(occurredAt).build(), Channel.TASKLIST);

        assertThat(report.occurredAt().toInstant()).as(season).isEqualTo(expected);
        assertThat(report.occurredAt().getOffset()).as(season).isEqualTo(expectedOffset);
    }

    @ParameterizedTest(name = "{0} after now")
    @ValueSource(strings = {"PT0S", "PT4M59S", "PT5M"})
    void aTimeAheadOfOursWithinTheClockSkewIsAccepted(Duration ahead) {
        String occurredAt = NOW.plus(ahead).toString();

        assertThat(validator.validate(valid().occurredAt(occurredAt).build(), Channel.API).occurredAt().toInstant())
                .isEqualTo(NOW.plus(ahead));
    }

    @ParameterizedTest(name = "{0} after now")
    @ValueSource(strings = {"PT5M1S", "PT6M", "P1D"})
    void aTimeInTheFutureBeyondTheClockSkewIsRefused(Duration ahead) {
        Reason error = onlyError(valid().occurredAt(NOW.plus(ahead).toString()), Channel.API);

        assertThat(error.field()).isEqualTo("occurredAt");
        assertThat(error.message()).startsWith("Tidpunkten").contains("ligger i framtiden",
                "Ange när händelsen faktiskt inträffade");
    }

    @Test
    void aFutureTimeIsShownInSwedishLocalTime() {
        Reason error = onlyError(valid().occurredAt("2026-04-05T10:06:00Z"), Channel.API);

        assertThat(error.message()).contains("Tidpunkten 2026-04-05 12:06 ligger i framtiden");
    }

    @ParameterizedTest(name = "{0} before now")
    @ValueSource(strings = {"PT0S", "P1D", "P29DT23H59M", "P30D"})
    void aTimeWithinThirtyDaysIsAccepted(Duration ago) {
        String occurredAt = NOW.minus(ago).toString();

        assertThat(validator.validate(valid().occurredAt(occurredAt).build(), Channel.API).occurredAt().toInstant())
                .isEqualTo(NOW.minus(ago));
    }

    @ParameterizedTest(name = "{0} before now")
    @ValueSource(strings = {"P30DT1S", "P30DT1M", "P365D"})
    void aTimeMoreThanThirtyDaysAgoIsRefused(Duration ago) {
        Reason error = onlyError(valid().occurredAt(NOW.minus(ago).toString()), Channel.API);

        assertThat(error.field()).isEqualTo("occurredAt");
        assertThat(error.message()).startsWith("Tidpunkten").contains("ligger mer än 30 dagar tillbaka",
                "kontakta säkerhetsenheten");
    }

    @Test
    void anOldTimeIsShownInSwedishLocalTime() {
        // 30 days before NOW is 2026-03-06T10:00Z, winter time in Linköping.
        Reason error = onlyError(valid().occurredAt("2026-03-06T09:59:00Z"), Channel.API);

        assertThat(error.message()).contains("Tidpunkten 2026-03-06 10:59 ligger mer än 30 dagar tillbaka");
    }

    // ---------------------------------------------------------------------------------------------
    // Length limits
    // ---------------------------------------------------------------------------------------------

    @Test
    void aPlaceAtTheLimitIsAccepted() {
        String place = "p".repeat(IncidentReportValidator.PLACE_MAX);

        assertThat(validator.validate(valid().place(place).build(), Channel.API).place()).isEqualTo(place);
    }

    @Test
    void aPlaceAtTheLimitIsMeasuredAfterTrimming() {
        String place = "p".repeat(IncidentReportValidator.PLACE_MAX);

        assertThat(validator.validate(valid().place("   " + place + "   ").build(), Channel.API).place())
                .isEqualTo(place);
    }

    @Test
    void aPlaceOneOverTheLimitIsRefused() {
        Reason error = onlyError(valid().place("p".repeat(201)), Channel.API);

        assertThat(error.field()).isEqualTo("place");
        assertThat(error.message()).startsWith("Plats").contains("högst 200 tecken", "är 201", "Korta texten");
    }

    @Test
    void aDescriptionAtTheLimitIsAccepted() {
        String description = "d".repeat(IncidentReportValidator.DESCRIPTION_MAX);

        assertThat(validator.validate(valid().description(description).build(), Channel.API).description())
                .isEqualTo(description);
    }

    @Test
    void aDescriptionOneOverTheLimitIsRefused() {
        Reason error = onlyError(valid().description("d".repeat(4001)), Channel.API);

        assertThat(error.field()).isEqualTo("description");
        assertThat(error.message()).startsWith("Beskrivning").contains("högst 4000 tecken", "är 4001", "Korta texten");
    }

    @Test
    void anExternalReferenceAtTheLimitIsAccepted() {
        String reference = "r".repeat(IncidentReportValidator.EXTERNAL_REFERENCE_MAX);

        assertThat(validator.validate(valid().externalReference(reference).build(), Channel.API).externalReference())
                .isEqualTo(reference);
    }

    @Test
    void anExternalReferenceOneOverTheLimitIsRefused() {
        Reason error = onlyError(valid().externalReference("r".repeat(101)), Channel.API);

        assertThat(error.field()).isEqualTo("externalReference");
        assertThat(error.message()).startsWith("Extern referens").contains("högst 100 tecken", "är 101", "Korta texten");
    }

    @Test
    void anExternalReferenceOverTheLimitIsRefusedFromTasklistToo() {
        Reason error = onlyError(valid().externalReference("r".repeat(101)), Channel.TASKLIST);

        assertThat(error.field()).isEqualTo("externalReference");
    }

    // ---------------------------------------------------------------------------------------------
    // Personal identity numbers
    // ---------------------------------------------------------------------------------------------

    @Test
    void aPersonalIdentityNumberInPlaceIsRefused() {
        Reason error = onlyError(valid().place("Utanför porten hos 19850709-9805, Ryd"), Channel.API);

        assertPersonalNumberRefused(error, "place", "Plats");
    }

    @Test
    void aPersonalIdentityNumberInDescriptionIsRefused() {
        Reason error = onlyError(valid().description("Mannen, 850709-9805, uppträdde hotfullt vid busshållplatsen."),
                Channel.API);

        assertPersonalNumberRefused(error, "description", "Beskrivning");
    }

    @Test
    void aCoordinationNumberInDescriptionIsRefused() {
        Reason error = onlyError(valid().description("Personen med samordningsnummer 850769-9805 greps."),
                Channel.API);

        assertPersonalNumberRefused(error, "description", "Beskrivning");
    }

    @Test
    void aPersonalIdentityNumberInExternalReferenceIsRefused() {
        Reason error = onlyError(valid().externalReference("8507099805"), Channel.API);

        assertPersonalNumberRefused(error, "externalReference", "Extern referens");
    }

    @Test
    void datesTimesAndOrganisationNumbersInTextAreAccepted() {
        String description = "2026-04-04 kl. 21:30 klottrades fasaden på Storgatan 45; fastighetsägare 556036-0793.";

        assertThat(validator.validate(valid().description(description).build(), Channel.API).description())
                .isEqualTo(description);
    }

    private static void assertPersonalNumberRefused(Reason error, String field, String label) {
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.message()).startsWith(label)
                .contains("personnummer", "samordningsnummer", "ta bort numret")
                .as("the message must not repeat the number").doesNotContain("9805");
    }

    // ---------------------------------------------------------------------------------------------
    // Several errors at once
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyErrorIsReportedAtOnceInFieldOrder() {
        List<Reason> errors = errors(new IncidentReportSubmission("atlantis", "  ", null, "igår",
                "Mannen, 850709-9805, slog till vakten.", "grannen", null), Channel.API);

        assertThat(errors).extracting(Reason::field).containsExactly(
                "district", "place", "category", "occurredAt", "description", "source", "externalReference");
    }

    @Test
    void oneFieldMayHaveSeveralErrors() {
        String place = "Hos 850709-9805 " + "p".repeat(200);

        List<Reason> errors = errors(valid().place(place).build(), Channel.API);

        assertThat(errors).extracting(Reason::field).containsExactly("place", "place");
        assertThat(errors).extracting(Reason::message).anySatisfy(m -> assertThat(m).contains("högst 200 tecken"))
                .anySatisfy(m -> assertThat(m).contains("personnummer"));
    }

    @Test
    void theExceptionMessageHoldsEveryFieldMessage() {
        Throwable thrown = catchThrowable(() -> validator.validate(new IncidentReportSubmission(null, "p".repeat(201),
                "klotter", "2030-01-01T00:00Z", "", "polis", "850709-9805"), Channel.API));

        assertThat(thrown).isInstanceOf(Refusal.class);
        List<Reason> errors = ((Refusal) thrown).fieldReasons();
        assertThat(errors).extracting(Reason::field).containsExactly(
                "district", "place", "category", "occurredAt", "description", "externalReference");
        assertThat(thrown.getMessage()).contains(errors.stream().map(Reason::message).toList());
    }

    @Test
    void theRejectionsErrorListCannotBeChanged() {
        List<Reason> errors = errors(valid().district(null).build(), Channel.API);

        assertThat(errors).isUnmodifiable();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** The errors of a report that must be refused. */
    private List<Reason> errors(IncidentReportSubmission submission, Channel channel) {
        Throwable thrown = catchThrowable(() -> validator.validate(submission, channel));
        assertThat(thrown).as("the report must be refused").isInstanceOf(Refusal.class);
        return ((Refusal) thrown).fieldReasons();
    }

    /** The one error of a report that must be refused for exactly one reason. */
    private Reason onlyError(Submission submission, Channel channel) {
        List<Reason> errors = errors(submission.build(), channel);
        assertThat(errors).as("exactly one error").hasSize(1);
        return errors.get(0);
    }

    /** A report that passes every rule, as a Tasklist user or partner system would send it. */
    private static Submission valid() {
        return new Submission();
    }

    /** A valid report where a test changes one field. */
    private static final class Submission {
        private String district = "skaggetorp";
        private String place = "Gångtunneln vid Skäggetorps centrum";
        private String category = "skadegorelse";
        private String occurredAt = "2026-04-04T21:30:00+02:00";
        private String description = "Klotter på tunnelns väggar och två krossade lampor. Ingen person på plats.";
        private String source = "polis";
        private String externalReference = "POL-2026-0042";

        Submission district(String value) {
            district = value;
            return this;
        }

        Submission place(String value) {
            place = value;
            return this;
        }

        Submission category(String value) {
            category = value;
            return this;
        }

        Submission occurredAt(String value) {
            occurredAt = value;
            return this;
        }

        Submission description(String value) {
            description = value;
            return this;
        }

        Submission source(String value) {
            source = value;
            return this;
        }

        Submission externalReference(String value) {
            externalReference = value;
            return this;
        }

        /** Sets a field by its name in the API and the process, for the tests that run over all fields. */
        Submission with(String field, String value) {
            return switch (field) {
                case "district" -> district(value);
                case "place" -> place(value);
                case "category" -> category(value);
                case "occurredAt" -> occurredAt(value);
                case "description" -> description(value);
                case "source" -> source(value);
                case "externalReference" -> externalReference(value);
                default -> throw new IllegalArgumentException("No such field: " + field);
            };
        }

        IncidentReportSubmission build() {
            return new IncidentReportSubmission(district, place, category, occurredAt, description, source,
                    externalReference);
        }
    }
}

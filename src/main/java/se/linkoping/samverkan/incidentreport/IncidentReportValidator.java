package se.linkoping.samverkan.incidentreport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.groups.Default;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.MaxLength;
import se.linkoping.samverkan.privacy.NoPersonalIdentityNumber;
import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.referencedata.IncidentCategory;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/**
 * The rules every report must pass, whichever way it came. Each field's own rules (present, not too long, no
 * personal identity number) are Bean Validation constraints on {@link IncidentReportSubmission}; the codes
 * against the reference data and the time against the clock are checked here. All failures are collected,
 * each a Swedish message naming the field and what to do, in the order of the fields, so the sender fixes
 * everything in one go.
 */
@Component
public class IncidentReportValidator {

    public static final int PLACE_MAX = IncidentReportSubmission.PLACE_MAX;
    public static final int DESCRIPTION_MAX = IncidentReportSubmission.DESCRIPTION_MAX;
    public static final int EXTERNAL_REFERENCE_MAX = IncidentReportSubmission.EXTERNAL_REFERENCE_MAX;

    /** The fields in the order a sender reads them. */
    private static final List<String> FIELDS = Arrays.stream(IncidentReportSubmission.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    /** Within a field: missing first, then too long, then a personal number. */
    private static final List<Class<?>> RULES = List.of(NotBlank.class, MaxLength.class, NoPersonalIdentityNumber.class);
    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The years a time may name at all (whether it is too old or in the future is checked after). */
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 9999;

    private final ReferenceData referenceData;
    private final IntakeProperties properties;
    private final Clock clock;
    private final Validator fieldRules;

    public IncidentReportValidator(ReferenceData referenceData, IntakeProperties properties, Clock clock,
                                   Validator fieldRules) {
        this.referenceData = referenceData;
        this.properties = properties;
        this.clock = clock;
        this.fieldRules = fieldRules;
    }

    /**
     * @return the checked report
     * @throws Refusal with every reason, when anything is wrong
     */
    public ValidIncidentReport validate(IncidentReportSubmission in, Channel channel) {
        Map<String, List<Reason>> byField = new LinkedHashMap<>();
        FIELDS.forEach(field -> byField.put(field, new ArrayList<>()));
        Class<?>[] groups = channel == Channel.API ? new Class<?>[] {Default.class, IncidentReportSubmission.FromPartner.class}
                : new Class<?>[] {Default.class};
        fieldRules.validate(in, groups).stream()
                .sorted(Comparator.comparing(IncidentReportValidator::rule))
                .forEach(violation -> byField.get(violation.getPropertyPath().toString())
                        .add(new Reason(violation.getPropertyPath().toString(), violation.getMessage())));

        String district = checked(in.district(), "district", byField);
        String categoryCode = checked(in.category(), "category", byField);
        String source = checked(in.source(), "source", byField);
        ReferenceData.ActiveCodes active = referenceData.activeCodes(district, categoryCode, source);
        if (district != null && !active.district()) {
            byField.get("district").add(new Reason("district", "Stadsdelen ”" + shortened(district)
                    + "” finns inte. Välj en av Linköpings stadsdelar (koderna finns i GET /api/reference-data)."));
        }
        Optional<IncidentCategory> category = active.category();
        if (categoryCode != null && category.isEmpty()) {
            byField.get("category").add(new Reason("category", "Kategorin ”" + shortened(categoryCode)
                    + "” finns inte. Välj en av kategorierna (koderna finns i GET /api/reference-data)."));
        }
        String time = checked(in.occurredAt(), "occurredAt", byField);
        OffsetDateTime occurredAt = time == null ? null : occurredAt(time, byField.get("occurredAt"));
        if (source != null && !active.source()) {
            byField.get("source").add(new Reason("source", "Källan ”" + shortened(source)
                    + "” finns inte. Välj en av källorna (koderna finns i GET /api/reference-data)."));
        }

        List<Reason> errors = byField.values().stream().flatMap(List::stream).toList();
        if (!errors.isEmpty()) {
            throw ReportRefusals.rejected(errors);
        }
        return new ValidIncidentReport(district, trimmedOrNull(in.place()), category.orElseThrow(), occurredAt,
                trimmedOrNull(in.description()), source, trimmedOrNull(in.externalReference()));
    }

    private static int rule(ConstraintViolation<?> violation) {
        return RULES.indexOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
    }

    /** The field's text stripped, when it passed its own rules; null otherwise (its reasons are given already). */
    private static String checked(String raw, String field, Map<String, List<Reason>> byField) {
        return byField.get(field).isEmpty() ? trimmedOrNull(raw) : null;
    }

    private OffsetDateTime occurredAt(String text, List<Reason> errors) {
        OffsetDateTime time;
        try {
            time = parseTime(text);
            // a year like +999999999 parses but cannot be shown in Swedish time; no report is from such a year
            if (time.getYear() < EARLIEST_YEAR || time.getYear() > LATEST_YEAR) {
                throw new DateTimeParseException("year out of range", text, 0);
            }
        } catch (DateTimeException e) {
            errors.add(new Reason("occurredAt", "Tidpunkten ”" + shortened(text)
                    + "” kan inte läsas. Ange datum och tid som 2026-03-14T21:30 (svensk tid) eller med tidszon, "
                    + "t.ex. 2026-03-14T21:30:00+01:00."));
            return null;
        }
        Instant now = clock.instant();
        if (time.toInstant().isAfter(now.plus(properties.clockSkew()))) {
            errors.add(new Reason("occurredAt", "Tidpunkten " + local(time)
                    + " ligger i framtiden. Ange när händelsen faktiskt inträffade."));
        } else if (time.toInstant().isBefore(now.minus(properties.maxAge()))) {
            errors.add(new Reason("occurredAt", "Tidpunkten " + local(time) + " ligger mer än "
                    + maxAgeInWords() + " tillbaka. Så gamla händelser tas inte med i "
                    + "lägesbilden; kontakta säkerhetsenheten om den ändå behöver registreras."));
        }
        return time;
    }

    private String maxAgeInWords() {
        long days = properties.maxAge().toDays();
        return days >= 1 ? days + (days == 1 ? " dag" : " dagar") : properties.maxAge().toHours() + " timmar";
    }

    /** ISO-8601 with or without offset; "2026-03-14 21:30", as people write it, is read as local time too. */
    private OffsetDateTime parseTime(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(iso).atZone(properties.timeZone()).toOffsetDateTime();
        }
    }

    private String local(OffsetDateTime time) {
        return time.atZoneSameInstant(properties.timeZone()).format(SWEDISH_TIME);
    }

    private static String trimmedOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Echo at most a short piece of what was sent, so a message never repeats a long text, and never
     * a personal identity number that was typed into the wrong field.
     */
    private static String shortened(String value) {
        if (PersonalIdentityNumbers.containsOne(value)) {
            return "[personnummer borttaget]";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

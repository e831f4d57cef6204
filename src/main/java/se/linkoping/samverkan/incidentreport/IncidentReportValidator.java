package se.linkoping.samverkan.incidentreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.referencedata.IncidentCategory;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/**
 * The rules every report must pass, whichever way it came. All failures are collected, each a Swedish
 * message naming the field and what to do, so the sender fixes everything in one go.
 */
@Component
public class IncidentReportValidator {

    public static final int PLACE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int EXTERNAL_REFERENCE_MAX = 100;

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReferenceData referenceData;
    private final IntakeProperties properties;
    private final Clock clock;

    public IncidentReportValidator(ReferenceData referenceData, IntakeProperties properties, Clock clock) {
        this.referenceData = referenceData;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @return the checked report
     * @throws Refusal with every reason, when anything is wrong
     */
    public ValidIncidentReport validate(IncidentReportSubmission in, Channel channel) {
        List<Reason> errors = new ArrayList<>();

        String district = required(in.district(), "district", "Stadsdel", "välj den stadsdel där händelsen inträffade", errors);
        if (district != null && referenceData.district(district).isEmpty()) {
            errors.add(new Reason("district", "Stadsdelen ”" + shortened(district)
                    + "” finns inte. Välj en av Linköpings stadsdelar (koderna finns i GET /api/reference-data)."));
        }

        String place = required(in.place(), "place", "Plats", "ange var händelsen inträffade, t.ex. gata eller torg", errors);
        maxLength(place, PLACE_MAX, "place", "Plats", errors);
        noPersonalNumber(place, "place", "Plats", errors);

        String categoryCode = required(in.category(), "category", "Kategori", "välj vilken sorts händelse det var", errors);
        Optional<IncidentCategory> category = categoryCode == null ? Optional.empty() : referenceData.category(categoryCode);
        if (categoryCode != null && category.isEmpty()) {
            errors.add(new Reason("category", "Kategorin ”" + shortened(categoryCode)
                    + "” finns inte. Välj en av kategorierna (koderna finns i GET /api/reference-data)."));
        }

        OffsetDateTime occurredAt = occurredAt(in.occurredAt(), errors);

        String description = required(in.description(), "description", "Beskrivning", "beskriv vad som hände", errors);
        maxLength(description, DESCRIPTION_MAX, "description", "Beskrivning", errors);
        noPersonalNumber(description, "description", "Beskrivning", errors);

        String source = required(in.source(), "source", "Källa", "välj vem som rapporterar händelsen", errors);
        if (source != null && referenceData.source(source).isEmpty()) {
            errors.add(new Reason("source", "Källan ”" + shortened(source)
                    + "” finns inte. Välj en av källorna (koderna finns i GET /api/reference-data)."));
        }

        String externalReference = trimmedOrNull(in.externalReference());
        if (channel == Channel.API && externalReference == null) {
            errors.add(new Reason("externalReference", "Extern referens saknas: ange ert systems id för rapporten, "
                    + "så att en upprepad begäran inte sparar rapporten två gånger."));
        }
        maxLength(externalReference, EXTERNAL_REFERENCE_MAX, "externalReference", "Extern referens", errors);
        // a reference is made by a machine: dates with serial numbers are common, so only a number with a
        // correct check digit counts here
        if (PersonalIdentityNumbers.containsValidOne(externalReference)) {
            errors.add(personalNumber("externalReference", "Extern referens"));
        }

        if (!errors.isEmpty()) {
            throw ReportRefusals.rejected(errors);
        }
        return new ValidIncidentReport(district, place, category.orElseThrow(), occurredAt, description, source,
                externalReference);
    }

    private OffsetDateTime occurredAt(String raw, List<Reason> errors) {
        String text = required(raw, "occurredAt", "Tidpunkt", "ange när händelsen inträffade", errors);
        if (text == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = parseTime(text);
        } catch (DateTimeParseException e) {
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

    private static String required(String raw, String field, String label, String what, List<Reason> errors) {
        String value = trimmedOrNull(raw);
        if (value == null) {
            errors.add(new Reason(field, label + " saknas: " + what + "."));
        }
        return value;
    }

    private static void maxLength(String value, int max, String field, String label, List<Reason> errors) {
        if (value != null && value.length() > max) {
            errors.add(new Reason(field, label + " får vara högst " + max + " tecken men är " + value.length()
                    + ". Korta texten."));
        }
    }

    private static void noPersonalNumber(String value, String field, String label, List<Reason> errors) {
        if (PersonalIdentityNumbers.containsOne(value)) {
            errors.add(personalNumber(field, label));
        }
    }

    private static Reason personalNumber(String field, String label) {
        return new Reason(field, label + " innehåller något som ser ut som ett personnummer eller "
                + "samordningsnummer. Rapporter får inte innehålla personuppgifter: ta bort numret och skicka igen.");
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

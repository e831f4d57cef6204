package se.linkoping.samverkan.incidentreport;

import jakarta.validation.constraints.NotBlank;

import se.linkoping.samverkan.forms.MaxLength;
import se.linkoping.samverkan.privacy.NoPersonalIdentityNumber;

/**
 * A report as it arrives, from the Tasklist form or the API, before anything is checked: every field
 * is the raw text sent. The same names are the process variables of {@code incident-report} and the
 * JSON fields of the API. The constraints here are the rules of each field alone, in Swedish (Bean
 * Validation); what needs the reference data or the clock is checked by {@link IncidentReportValidator}.
 *
 * @param district          district code, e.g. {@code skaggetorp}
 * @param place             where, in words (a street, a square, a school yard)
 * @param category          category code, e.g. {@code skadegorelse}
 * @param occurredAt        when it happened: ISO-8601 date and time, with or without offset
 * @param description       what happened, without personal data
 * @param source            source code, e.g. {@code polis}
 * @param externalReference the reporting system's own id of the report; required from the API
 */
public record IncidentReportSubmission(
        @NotBlank(message = "Stadsdel saknas: välj den stadsdel där händelsen inträffade.")
        String district,
        @NotBlank(message = "Plats saknas: ange var händelsen inträffade, t.ex. gata eller torg.")
        @MaxLength(value = IncidentReportSubmission.PLACE_MAX, message = "Plats får vara högst {max} tecken men är "
                + "{length}. Korta texten.")
        @NoPersonalIdentityNumber(message = "Plats" + IncidentReportSubmission.PERSONAL_NUMBER)
        String place,
        @NotBlank(message = "Kategori saknas: välj vilken sorts händelse det var.")
        String category,
        @NotBlank(message = "Tidpunkt saknas: ange när händelsen inträffade.")
        String occurredAt,
        @NotBlank(message = "Beskrivning saknas: beskriv vad som hände.")
        @MaxLength(value = IncidentReportSubmission.DESCRIPTION_MAX, message = "Beskrivning får vara högst {max} "
                + "tecken men är {length}. Korta texten.")
        @NoPersonalIdentityNumber(message = "Beskrivning" + IncidentReportSubmission.PERSONAL_NUMBER)
        String description,
        @NotBlank(message = "Källa saknas: välj vem som rapporterar händelsen.")
        String source,
        @NotBlank(groups = IncidentReportSubmission.FromPartner.class, message = "Extern referens saknas: ange ert "
                + "systems id för rapporten, så att en upprepad begäran inte sparar rapporten två gånger.")
        @MaxLength(value = IncidentReportSubmission.EXTERNAL_REFERENCE_MAX, message = "Extern referens får vara högst "
                + "{max} tecken men är {length}. Korta texten.")
        // a reference is made by a machine: dates with serial numbers are common, so it has its own rule (a
        // number counts only when its check digit and date both fit, and a recent date-serial is a reference)
        @NoPersonalIdentityNumber(reference = true,
                message = "Extern referens" + IncidentReportSubmission.PERSONAL_NUMBER)
        String externalReference) {

    public static final int PLACE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int EXTERNAL_REFERENCE_MAX = 100;
    static final String PERSONAL_NUMBER = " innehåller något som ser ut som ett personnummer eller "
            + "samordningsnummer. Rapporter får inte innehålla personuppgifter: ta bort numret och skicka igen.";

    /** The rules of a report from a partner's system on top of the others: its own reference is required. */
    public interface FromPartner {
    }
}

package se.linkoping.samverkan.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Receives incident reports. Every report, from Tasklist or a partner's system, becomes an instance
 * of {@code incident-report}, whose first step {@link #register registers} it: validated, screened,
 * stored in the same transaction as the instance, or refused whole.
 */
@Service
public class IncidentIntake {

    public static final String PROCESS_KEY = "incident-report";

    private final IncidentReportValidator validator;
    private final IncidentReports reports;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public IncidentIntake(IncidentReportValidator validator, IncidentReports reports, RuntimeService runtimeService,
                          Clock clock) {
        this.validator = validator;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** The stored report and whether EST should assess it at once. */
    public record RegisteredReport(long id, boolean promptAssessment) {
    }

    /** What a partner's request led to: a new report, or the one its earlier attempt stored. */
    public record Receipt(StoredIncidentReport report, boolean alreadyReceived) {
    }

    /**
     * Checks and stores a report; called by the process. Within the process's transaction, so a
     * refusal leaves neither a report nor a process instance behind.
     */
    public RegisteredReport register(IncidentReportSubmission submission, Channel channel, String reportedBy,
                                     String processInstanceId) {
        ValidIncidentReport report = validator.validate(submission, channel);
        if (report.externalReference() != null) {
            reports.findByExternalReference(report.sourceCode(), report.externalReference()).ifPresent(existing -> {
                throw new IncidentReportRejectedException(List.of(new FieldError("externalReference",
                        "En rapport från samma källa med den externa referensen ”" + report.externalReference()
                                + "” finns redan (rapport " + existing.id() + "). Ange en annan referens eller ingen.")));
            });
        }
        long id = reports.insert(report, channel, reportedBy, OffsetDateTime.now(clock), processInstanceId);
        return new RegisteredReport(id, report.category().promptAssessment());
    }

    /**
     * Records EST's prompt assessment of a report; called when the assessment task is completed.
     *
     * @throws IncidentReportRejectedException when the assessment is missing, too long or holds a personal number
     */
    public void assess(long reportId, String assessment, boolean immediateAction, String assessedBy) {
        String text = assessment == null ? "" : assessment.strip();
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(new FieldError("assessment", "Bedömning saknas: skriv kort vad EST bedömer och varför."));
        } else if (text.length() > IncidentReportValidator.DESCRIPTION_MAX) {
            errors.add(new FieldError("assessment", "Bedömning får vara högst " + IncidentReportValidator.DESCRIPTION_MAX
                    + " tecken men är " + text.length() + ". Korta texten."));
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            errors.add(new FieldError("assessment", "Bedömning innehåller något som ser ut som ett personnummer eller "
                    + "samordningsnummer. Ta bort numret: lägesbilden får inte innehålla personuppgifter."));
        }
        if (!errors.isEmpty()) {
            throw new IncidentReportRejectedException(errors);
        }
        if (!reports.recordAssessment(reportId, text, immediateAction, assessedBy, OffsetDateTime.now(clock))) {
            throw new IllegalStateException("Rapport " + reportId + " finns inte eller är redan bedömd.");
        }
    }

    /**
     * A report from a partner's system, as the authenticated user. Idempotent on source and external
     * reference: a retry of a stored report returns it without storing it again; a different report
     * under a reference already used is refused.
     *
     * @throws IncidentReportRejectedException when the report is invalid
     * @throws ExternalReferenceConflictException when the reference was used for another report
     */
    public Receipt receiveFromPartner(IncidentReportSubmission submission) {
        ValidIncidentReport report = validator.validate(submission, Channel.API);
        var earlier = reports.findByExternalReference(report.sourceCode(), report.externalReference());
        if (earlier.isPresent()) {
            return retried(report, earlier.get());
        }
        VariableMap variables = Variables.createVariables()
                .putValue("district", report.districtCode())
                .putValue("place", report.place())
                .putValue("category", report.category().code())
                .putValue("occurredAt", report.occurredAt().toString())
                .putValue("description", report.description())
                .putValue("source", report.sourceCode())
                .putValue("externalReference", report.externalReference())
                .putValue("channel", Channel.API.name());
        try {
            long id = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariables(variables)
                    .executeWithVariablesInReturn()
                    .getVariables().getValue("incidentReportId", Long.class);
            return new Receipt(reports.find(id).orElseThrow(), false);
        } catch (DataIntegrityViolationException concurrentRetry) {
            // the same request, sent twice at once: the other one stored it
            return reports.findByExternalReference(report.sourceCode(), report.externalReference())
                    .map(stored -> retried(report, stored))
                    .orElseThrow(() -> concurrentRetry);
        }
    }

    private static Receipt retried(ValidIncidentReport report, StoredIncidentReport stored) {
        if (!report.sameContentAs(stored)) {
            throw new ExternalReferenceConflictException(stored);
        }
        return new Receipt(stored, true);
    }
}

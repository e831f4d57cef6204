package se.linkoping.samverkan.incidentreport;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/**
 * Receives incident reports. Every report, from Tasklist or a partner's system, becomes an instance
 * of {@code incident-report}, whose first step {@link #register registers} it: validated, screened,
 * stored in the same transaction as the instance, or refused whole.
 * <p>
 * Who reported and through which channel is never taken from process variables, which a caller can
 * set: the reporter is the authenticated user, and a partner's report is handed to {@link #register}
 * in-thread by {@link #receiveFromPartner}, which starts the process synchronously.
 */
@Service
public class IncidentIntake {

    public static final String PROCESS_KEY = "incident-report";

    private final IncidentReportValidator validator;
    private final IncidentReports reports;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final RefusedReports refused;
    /** A read of its own, beside the process's transaction. */
    private final TransactionTemplate separately;
    /** The checked partner report whose process this thread is starting, if any. */
    private final ThreadLocal<PartnerStart> partnerStart = new ThreadLocal<>();

    public IncidentIntake(IncidentReportValidator validator, IncidentReports reports, RuntimeService runtimeService,
                          Clock clock, PlatformTransactionManager transactions, RefusedReports refused) {
        this.validator = validator;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.refused = refused;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    /**
     * The stored report, when it happened and was received, whether EST should assess it at once, and the
     * variables EST's assessment form needs that the start did not set (a partner's report starts without them).
     */
    public record RegisteredReport(long id, OffsetDateTime occurredAt, OffsetDateTime receivedAt,
                                   boolean promptAssessment, Map<String, Object> formVariables) {

        public RegisteredReport {
            formVariables = Map.copyOf(formVariables);
        }
    }

    /**
     * What a partner's request led to: a new report, or the one its earlier attempt stored; its id, source,
     * reference and when it was received.
     */
    public record Receipt(long id, String source, String externalReference, OffsetDateTime receivedAt,
                          boolean alreadyReceived) {

        static Receipt of(StoredIncidentReport report, boolean alreadyReceived) {
            return new Receipt(report.id(), report.sourceCode(), report.externalReference(), report.receivedAt(),
                    alreadyReceived);
        }
    }

    /** A partner's checked report whose process this thread starts, and when {@link #register} stored it. */
    private static final class PartnerStart {

        private final ValidIncidentReport report;
        private OffsetDateTime receivedAt;

        private PartnerStart(ValidIncidentReport report) {
            this.report = report;
        }
    }

    /**
     * Checks and stores a report; called by the process. Within the process's transaction, so a
     * refusal leaves neither a report nor a process instance behind. A report with an external reference that its
     * sender reported before is answered with the stored report's receipt (409), also when both submits came at
     * once.
     *
     * @param submission what the start form sent (ignored for a partner's report, checked already)
     * @param reportedBy the authenticated user who submitted it
     */
    public RegisteredReport register(IncidentReportSubmission submission, String reportedBy,
                                     String processInstanceId) {
        PartnerStart partner = partnerStart.get();
        ValidIncidentReport fromPartner = partner != null ? partner.report : null;
        try {
            RegisteredReport registered = registerChecked(submission, reportedBy, processInstanceId, fromPartner);
            if (partner != null) {
                partner.receivedAt = registered.receivedAt();
            }
            return registered;
        } catch (Refusal refusal) {
            if (fromPartner == null) {
                refused.count(Channel.TASKLIST); // a partner's refusal is counted once, by receiveFromPartner
            }
            throw refusal;
        }
    }

    private RegisteredReport registerChecked(IncidentReportSubmission submission, String reportedBy,
                                             String processInstanceId, ValidIncidentReport fromPartner) {
        Channel channel = fromPartner != null ? Channel.API : Channel.TASKLIST;
        ValidIncidentReport report = fromPartner != null ? fromPartner : validator.validate(submission, channel);
        if (fromPartner == null && report.externalReference() != null) {
            reports.findByExternalReference(reportedBy, report.externalReference()).ifPresent(existing -> {
                throw alreadyReported(report, existing);
            });
        }
        long id;
        // no finer than the database keeps it (microseconds; the engine's clock gives milliseconds), so that the
        // receipt shows what a later read of the report would, whatever clock is given
        OffsetDateTime receivedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            id = reports.insert(report, channel, reportedBy, receivedAt, processInstanceId);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            if (fromPartner != null || report.externalReference() == null) {
                throw sentTwiceAtOnce; // a partner's retry: receiveFromPartner answers with the stored report
            }
            // the same form submitted twice at once: the other submit stored it. This transaction cannot read any
            // more (PostgreSQL), so the stored report is read in one of its own.
            throw separately.execute(status -> reports.findByExternalReference(reportedBy, report.externalReference()))
                    .map(existing -> alreadyReported(report, existing))
                    .orElseGet(ReportRefusals::beingReceived);
        }
        boolean prompt = report.category().promptAssessment();
        return new RegisteredReport(id, report.occurredAt(), receivedAt, prompt,
                fromPartner != null && prompt ? formVariables(report) : Map.of());
    }

    /** What EST's assessment form shows of a report, as the start form would have set it. */
    private static Map<String, Object> formVariables(ValidIncidentReport report) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("district", report.districtCode());
        variables.put("place", report.place());
        variables.put("category", report.category().code());
        variables.put("occurredAt", report.occurredAt().toString());
        variables.put("description", report.description());
        variables.put("source", report.sourceCode());
        variables.put("externalReference", report.externalReference());
        return variables;
    }

    /** The receipt of a report sent again (409), or a refusal of a reference used for another report (400). */
    private static Refusal alreadyReported(ValidIncidentReport report, StoredIncidentReport existing) {
        if (report.sameContentAs(existing)) {
            return ReportRefusals.alreadyReceived(existing);
        }
        return ReportRefusals.rejected(List.of(new Reason("externalReference",
                "Du har redan rapporterat en händelse med den externa referensen ”" + report.externalReference()
                        + "” (rapport " + existing.id() + "). Ange en annan referens eller ingen.")));
    }

    /**
     * Records EST's prompt assessment of the report of a process instance; called when the assessment
     * task is completed.
     *
     * @throws Refusal when the assessment is missing, too long or holds a personal number
     */
    public void assess(String processInstanceId, String assessment, boolean immediateAction, String assessedBy) {
        String text = assessment == null ? "" : assessment.strip();
        List<Reason> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(new Reason("assessment", "Bedömning saknas: skriv kort vad EST bedömer och varför."));
        } else if (text.length() > IncidentReportValidator.DESCRIPTION_MAX) {
            errors.add(new Reason("assessment", "Bedömning får vara högst " + IncidentReportValidator.DESCRIPTION_MAX
                    + " tecken men är " + text.length() + ". Korta texten."));
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            errors.add(new Reason("assessment", "Bedömning innehåller något som ser ut som ett personnummer eller "
                    + "samordningsnummer. Ta bort numret: lägesbilden får inte innehålla personuppgifter."));
        }
        if (!errors.isEmpty()) {
            throw ReportRefusals.rejected(errors);
        }
        if (!reports.recordAssessment(processInstanceId, text, immediateAction, assessedBy, OffsetDateTime.now(clock))) {
            // another EST member's assessment of the same report came first (two submits at once)
            throw ReportRefusals.alreadyAssessed();
        }
    }

    /**
     * A report from a partner's system, as the authenticated {@code caller}. Idempotent on the caller's
     * account and external reference: a retry of a stored report returns it without storing it again;
     * a different report under a reference the caller used before is refused.
     *
     * @throws Refusal when the report is invalid
     * @throws Refusal (conflict) when the reference was used for another report
     * @throws Refusal (forbidden) when the caller may not start the process
     */
    public Receipt receiveFromPartner(IncidentReportSubmission submission, String caller) {
        try {
            return receiveChecked(submission, caller);
        } catch (Refusal refusal) {
            refused.count(Channel.API);
            throw refusal;
        }
    }

    private Receipt receiveChecked(IncidentReportSubmission submission, String caller) {
        ValidIncidentReport report = validator.validate(submission, Channel.API);
        // a retry is answered without starting a process that would fail on the reference (and be logged)
        var earlier = reports.findByExternalReference(caller, report.externalReference());
        if (earlier.isPresent()) {
            return retried(report, earlier.get());
        }
        // The report's fields are not process variables: the record is the stored report (audit reads it
        // there), and variables would be written to history once more for every report. Only a report EST
        // assesses at once gets what its form shows (see register). The receipt is what register stored,
        // not read back.
        PartnerStart start = new PartnerStart(report);
        partnerStart.set(start);
        try {
            long id = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .executeWithVariablesInReturn()
                    .getVariables().getValue("incidentReportId", Long.class);
            // register runs in this thread (the start's first step is not asynchronous) and sets the time
            OffsetDateTime receivedAt = Objects.requireNonNull(start.receivedAt,
                    "The report was not registered in the thread that started its process");
            return new Receipt(id, report.sourceCode(), report.externalReference(), receivedAt, false);
        } catch (AuthorizationException notAllowed) {
            throw ReportRefusals.mayNotReport();
        } catch (DataIntegrityViolationException concurrentRetry) {
            // the same request, sent twice at once: the other one stored it
            return reports.findByExternalReference(caller, report.externalReference())
                    .map(stored -> retried(report, stored))
                    .orElseThrow(() -> concurrentRetry);
        } finally {
            partnerStart.remove();
        }
    }

    private static Receipt retried(ValidIncidentReport report, StoredIncidentReport stored) {
        if (!report.sameContentAs(stored)) {
            throw ReportRefusals.referenceUsed(stored);
        }
        return Receipt.of(stored, true);
    }
}

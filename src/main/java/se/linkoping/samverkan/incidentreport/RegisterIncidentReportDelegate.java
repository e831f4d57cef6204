package se.linkoping.samverkan.incidentreport;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;
import se.linkoping.samverkan.system.Swedish;

/**
 * {@code Task_RegisterReport}: hands the submitted variables and the submitting user to
 * {@link IncidentIntake#register}. A refusal becomes a form validation error, so Tasklist shows the
 * Swedish message on the start form and the engine rolls back: no instance and no report are left.
 */
@Component("registerIncidentReport")
public class RegisterIncidentReportDelegate extends FormStepDelegate {

    /** When it happened, as the assessment form shows it: Swedish local time. */
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm").withZone(Swedish.ZONE);

    private final IncidentIntake intake;

    public RegisterIncidentReportDelegate(IncidentIntake intake) {
        super("district", "Rapporten sparades inte.");
        this.intake = intake;
    }

    @Override
    protected void run(DelegateExecution execution) {
        IncidentReportSubmission submission = new IncidentReportSubmission(
                text(execution, "district"), text(execution, "place"), text(execution, "category"),
                text(execution, "occurredAt"), text(execution, "description"), text(execution, "source"),
                text(execution, "externalReference"));
        IncidentIntake.RegisteredReport registered = intake.register(submission, CurrentUser.of(execution),
                execution.getProcessInstanceId());
        execution.setVariable("incidentReportId", registered.id());
        execution.setVariable("promptAssessment", registered.promptAssessment());
        if (registered.promptAssessment()) {
            // what EST's assessment form shows; a report nobody assesses at once needs no copy in history
            execution.setVariable("occurredAtText", SHOWN.format(registered.occurredAt()));
        }
        execution.setVariables(registered.formVariables());
        execution.setProcessBusinessKey("rapport-" + registered.id());
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value == null ? null : value.toString();
    }
}

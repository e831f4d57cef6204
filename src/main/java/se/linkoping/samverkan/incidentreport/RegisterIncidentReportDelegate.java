package se.linkoping.samverkan.incidentreport;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.CurrentUser;
import se.linkoping.samverkan.system.Swedish;

/**
 * {@code Task_RegisterReport}: hands the submitted variables and the submitting user to
 * {@link IncidentIntake#register}. A refusal becomes a form validation error, so Tasklist shows the
 * Swedish message on the start form and the engine rolls back: no instance and no report are left.
 */
@Component("registerIncidentReport")
public class RegisterIncidentReportDelegate implements JavaDelegate {

    /** When it happened, as the assessment form shows it: Swedish local time. */
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm").withZone(Swedish.ZONE);

    private final IncidentIntake intake;

    public RegisterIncidentReportDelegate(IncidentIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncidentReportSubmission submission = new IncidentReportSubmission(
                text(execution, "district"), text(execution, "place"), text(execution, "category"),
                text(execution, "occurredAt"), text(execution, "description"), text(execution, "source"),
                text(execution, "externalReference"));
        try {
            IncidentIntake.RegisteredReport registered = intake.register(submission, CurrentUser.of(execution),
                    execution.getProcessInstanceId());
            execution.setVariable("incidentReportId", registered.id());
            execution.setVariable("promptAssessment", registered.promptAssessment());
            execution.setVariable("occurredAtText", SHOWN.format(registered.occurredAt()));
            execution.setVariables(registered.formVariables());
            execution.setProcessBusinessKey("rapport-" + registered.id());
        } catch (IncidentReportRejectedException rejected) {
            throw new FormFieldValidationException(rejected.errors().get(0).field(),
                    "Rapporten sparades inte. " + rejected.getMessage());
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value == null ? null : value.toString();
    }
}

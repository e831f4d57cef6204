package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RegisterEvent}: checks and stores the event from the start form; a refusal starts nothing. */
@Component("registerEvent")
public class RegisterEventDelegate implements JavaDelegate {

    private final CoordinatedEvents events;

    public RegisterEventDelegate(CoordinatedEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            long id = events.register(new CoordinatedEvents.NewEvent(FormValues.text(execution, "eventName"),
                            FormValues.text(execution, "eventDate"), FormValues.text(execution, "district"),
                            execution.getVariable("expectedVisitors"), FormValues.text(execution, "organiser"),
                            execution.getVariable("participants")),
                    CurrentUser.of(execution), execution.getProcessInstanceId());
            execution.setProcessBusinessKey("handelse-" + id);
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("eventName", "Samordningen startades inte. " + refused.getMessage());
        }
    }
}

package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RegisterEvent}: checks and stores the event from the start form; a refusal starts nothing. */
@Component("registerEvent")
public class RegisterEventDelegate extends FormStepDelegate {

    private final CoordinatedEvents events;

    public RegisterEventDelegate(CoordinatedEvents events) {
        super("eventName", "Samordningen startades inte.");
        this.events = events;
    }

    @Override
    protected void run(DelegateExecution execution) {
        long id = events.register(new CoordinatedEvents.NewEvent(FormValues.text(execution, "eventName"),
                        FormValues.text(execution, "eventDate"), FormValues.text(execution, "district"),
                        execution.getVariable("expectedVisitors"), FormValues.text(execution, "organiser"),
                        execution.getVariable("participants")),
                CurrentUser.of(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey("handelse-" + id);
    }
}

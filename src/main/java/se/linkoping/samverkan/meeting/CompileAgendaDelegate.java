package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CompileAgenda}: the matters waiting at this level go on the meeting's agenda. */
@Component("compileAgenda")
public class CompileAgendaDelegate implements JavaDelegate {

    private final Meetings meetings;

    public CompileAgendaDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.compileAgenda(execution.getProcessInstanceId());
    }
}

package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CompileAgenda} of the meeting processes: the matters waiting at this level go on the meeting's agenda. */
@Component("compileAgenda")
public class CompileAgendaDelegate implements JavaDelegate {

    private final Agendas agendas;

    public CompileAgendaDelegate(Agendas agendas) {
        this.agendas = agendas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agendas.compile(execution.getProcessInstanceId());
    }
}

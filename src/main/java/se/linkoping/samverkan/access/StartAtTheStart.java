package se.linkoping.samverkan.access;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every instance of a process that staff may start begins at the process's start event, so its first
 * step — which checks and stores what was submitted — always runs. A listener on the start of each such
 * process refuses an instance that would begin anywhere else: by start instructions, a restart or any
 * other way, whoever asks, administrators too.
 * <p>
 * The listener is added by the engine to every version of these processes when it reads the model,
 * also to versions deployed later from Camunda Modeler, so a model cannot leave it out; and it is one of
 * the engine's built-in listeners, which {@code skipCustomListeners} does not skip.
 */
final class StartAtTheStart extends AbstractBpmnParseListener {

    private static final ExecutionListener AT_THE_START = StartAtTheStart::check;

    private final Set<String> checkedProcesses;

    StartAtTheStart(Set<String> checkedProcesses) {
        this.checkedProcesses = Set.copyOf(checkedProcesses);
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (checkedProcesses.contains(processDefinition.getKey())) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, AT_THE_START);
        }
    }

    /** Refuses the instance unless it begins at its process's none start event. */
    static void check(DelegateExecution execution) {
        ExecutionEntity instance = (ExecutionEntity) execution;
        ActivityImpl start = instance.getProcessDefinition().getInitial();
        String beginsAt = instance.getActivityId();
        if (start == null || !start.getId().equals(beginsAt)) {
            String name = instance.getProcessDefinition().getName();
            throw new NotPermitted("Processen ”" + (name == null ? instance.getProcessDefinition().getKey() : name)
                    + "” kan bara startas vid sin början (" + (start == null ? "starthändelsen" : start.getId())
                    + "), inte vid " + beginsAt + ": då skulle kontrollen av det som skickades in hoppas över.");
        }
    }
}

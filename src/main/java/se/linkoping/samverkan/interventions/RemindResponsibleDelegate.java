package se.linkoping.samverkan.interventions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindResponsible}: the due date is near. The group's task moves to the top of its list
 * in Tasklist, and the reminder is recorded; e-mail follows when mail is set up.
 */
@Component("remindResponsible")
public class RemindResponsibleDelegate implements JavaDelegate {

    static final int URGENT = 90;

    private final Interventions interventions;

    public RemindResponsibleDelegate(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_CarryOutIntervention").list()) {
            tasks.setPriority(task.getId(), URGENT);
        }
        interventions.reminded(execution.getProcessInstanceId());
    }
}

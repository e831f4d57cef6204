package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.notification.TaskMails;

/**
 * {@code Task_RemindResponsible}: the due date is near. The group's task moves to the top of its list
 * in Tasklist, its members get a reminder by e-mail when mail is set up, and the reminder is recorded.
 */
@Component("remindResponsible")
public class RemindResponsibleDelegate implements JavaDelegate {

    static final int URGENT = 90;

    private final Interventions interventions;
    private final ObjectProvider<TaskMails> mails;

    public RemindResponsibleDelegate(Interventions interventions, ObjectProvider<TaskMails> mails) {
        this.interventions = interventions;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_CarryOutIntervention").list()) {
            tasks.setPriority(task.getId(), URGENT);
            TaskMails mail = mails.getIfAvailable();
            if (mail != null) {
                mail.reminder(task.getId(), task.getName(), task.getDueDate(),
                        interventions.of(execution.getProcessInstanceId()).responsibleGroup());
            }
        }
        interventions.reminded(execution.getProcessInstanceId());
    }
}

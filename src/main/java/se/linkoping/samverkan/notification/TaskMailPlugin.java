package se.linkoping.samverkan.notification;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds a listener to every user task of every process, including those deployed later from Modeler:
 * when a task is created, {@link TaskMails} tells its groups, if mail is configured. Process owners
 * need not model anything for it.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskMails> mails;

    TaskMailPlugin(ObjectProvider<TaskMails> mails) {
        this.mails = mails;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener notify = task -> {
            TaskMails sender = mails.getIfAvailable();
            if (sender != null) {
                sender.taskCreated(task);
            }
        };
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, notify);
            }
        });
    }
}

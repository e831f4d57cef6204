package se.linkoping.samverkan.access;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;

/**
 * Comments and attachments follow the permissions of what they belong to, which the engine's own
 * commands do not check: adding, changing or deleting one needs the right to work on its task (or to
 * change its process instance); reading one, the right to read the task or its history (so auditors
 * read them and change none). An attachment named by id alone is checked by the task it belongs to.
 * Administrators are not asked.
 */
final class TaskRecordsGuard extends CommandInterceptor {

    static final String MAY_NOT_CHANGE = "Du får inte lägga till, ändra eller ta bort kommentarer eller bilagor här: "
            + "det får bara den som arbetar med uppgiften (dess grupp eller den som har tagit den).";
    static final String MAY_NOT_READ = "Du får inte läsa kommentarer eller bilagor till en uppgift eller process som "
            + "du inte ser.";

    private static final Set<Class<?>> WRITES = Set.of(AddCommentCmd.class, CreateAttachmentCmd.class,
            UpdateCommentCmd.class, DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class,
            DeleteAttachmentCmd.class, SaveAttachmentCmd.class);
    private static final Set<Class<?>> READS = Set.of(GetTaskCommentsCmd.class, GetTaskCommentCmd.class,
            GetTaskEventsCmd.class, GetProcessInstanceCommentsCmd.class, GetTaskAttachmentsCmd.class,
            GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class, GetAttachmentCmd.class,
            GetAttachmentContentCmd.class, GetProcessInstanceAttachmentsCmd.class);

    private final ProcessEngineConfigurationImpl configuration;

    TaskRecordsGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        boolean write = WRITES.contains(command.getClass());
        if ((write || READS.contains(command.getClass())) && Context.getCommandContext() == null
                && configuration.isAuthorizationEnabled()) {
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user != null && user.getUserId() != null && !Administrators.includes(configuration, user)
                    && !next.execute(new MayReach(Target.of(command), write))) {
                throw new NotPermitted(write ? MAY_NOT_CHANGE : MAY_NOT_READ);
            }
        }
        return next.execute(command);
    }

    /** What a comment or attachment belongs to: its task, else its process instance; by id alone, an attachment. */
    record Target(String taskId, String processInstanceId, String attachmentId) {

        static Target of(Command<?> command) {
            String attachmentId = Fields.text(command, "attachmentId");
            if (command instanceof SaveAttachmentCmd && Fields.value(command, "attachment") instanceof Attachment saved) {
                attachmentId = saved.getId();
            }
            return new Target(Fields.text(command, "taskId"), Fields.text(command, "processInstanceId"), attachmentId);
        }
    }

    /** Whether the authenticated user may change (or read) what the target belongs to. */
    private record MayReach(Target target, boolean write) implements Command<Boolean> {

        @Override
        public Boolean execute(CommandContext context) {
            String taskId = target.taskId();
            String processInstanceId = target.processInstanceId();
            if (taskId == null && processInstanceId == null && target.attachmentId() != null) {
                AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class,
                        target.attachmentId());
                if (attachment == null) {
                    return true; // the command itself says there is no such attachment
                }
                taskId = attachment.getTaskId();
                processInstanceId = attachment.getProcessInstanceId();
            }
            if (taskId != null) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (write && task != null && processInstanceId != null
                        && !processInstanceId.equals(task.getProcessInstanceId())) {
                    return false; // a comment or attachment of a task belongs to that task's process, no other
                }
                return task(context, task, taskId);
            }
            if (processInstanceId != null) {
                return processInstance(context, processInstanceId);
            }
            return false;
        }

        private boolean task(CommandContext context, TaskEntity task, String taskId) {
            if (task != null && allowed(context, checker -> {
                if (write) {
                    checker.checkTaskWork(task);
                } else {
                    checker.checkReadTask(task);
                }
            })) {
                return true;
            }
            if (write) {
                return false;
            }
            HistoricTaskInstanceQueryImpl history = new HistoricTaskInstanceQueryImpl();
            history.taskId(taskId);
            return history.executeCount(context) > 0;
        }

        private boolean processInstance(CommandContext context, String processInstanceId) {
            if (write) {
                return allowed(context, checker -> checker.checkUpdateProcessInstanceById(processInstanceId));
            }
            if (allowed(context, checker -> checker.checkReadProcessInstance(processInstanceId))) {
                return true;
            }
            HistoricProcessInstanceQueryImpl history = new HistoricProcessInstanceQueryImpl();
            history.processInstanceId(processInstanceId);
            return history.executeCount(context) > 0;
        }

        private static boolean allowed(CommandContext context, java.util.function.Consumer<CommandChecker> check) {
            try {
                context.getProcessEngineConfiguration().getCommandCheckers().forEach(check);
                return true;
            } catch (AuthorizationException notAllowed) {
                return false;
            }
        }
    }
}

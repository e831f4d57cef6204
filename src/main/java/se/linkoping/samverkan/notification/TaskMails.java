package se.linkoping.samverkan.notification;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends the mails about tasks, as {@link MailTexts} writes them. Exists only when
 * {@code spring.mail.host} is set (Spring Boot then makes the mail sender). A mail that cannot be sent
 * is logged: the task is there in Tasklist all the same.
 */
@Service
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class TaskMails {

    private static final Logger log = LoggerFactory.getLogger(TaskMails.class);
    private final JavaMailSender sender;
    private final MailTexts texts;
    private final IdentityService identity;
    private final String from;
    private final String tasklistUrl;

    TaskMails(JavaMailSender sender, MailTexts texts, IdentityService identity,
              @Value("${samverkan.mail.from}") String from, @Value("${samverkan.mail.tasklist-url}") String tasklistUrl) {
        this.sender = sender;
        this.texts = texts;
        this.identity = identity;
        this.from = from;
        this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    }

    /** A task was created: its candidate groups' members hear of it once the task is committed. */
    public void taskCreated(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().toList();
        if (groups.isEmpty()) {
            return;
        }
        afterCommit(recipients(groups), texts.newTask(groups, task.getName(), task.getDueDate(), link(task.getId())));
    }

    /** An intervention's due date is near: the responsible group is reminded of its task. */
    public void reminder(String taskId, String taskName, Date dueDate, String groupId) {
        afterCommit(recipients(List.of(groupId)), texts.reminder(groupId, taskName, dueDate, link(taskId)));
    }

    /** A message a process sends a group (element template "Samverkan: Meddela en grupp"). */
    public void message(String groupId, String subject, String text) {
        afterCommit(recipients(List.of(groupId)), texts.groupMessage(groupId, subject, text));
    }

    String link(String taskId) {
        return tasklistUrl + "camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private Set<String> recipients(List<String> groups) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String group : groups) {
            for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    addresses.add(user.getEmail().strip());
                }
            }
        }
        return addresses;
    }

    /** Sends when the engine's transaction commits, so that a refused or rolled back step mails nobody. */
    private void afterCommit(Set<String> recipients, MailTexts.Mail written) {
        if (recipients.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            for (String to : recipients) {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(to);
                mail.setSubject(written.subject());
                mail.setText(written.text());
                try {
                    sender.send(mail);
                } catch (MailException e) {
                    log.warn("Could not mail {} about '{}': {}", to, written.subject(), e.getMessage());
                }
            }
        };
        if (Context.getCommandContext() == null) {
            send.run();
        } else {
            Context.getCommandContext().getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, context -> send.run());
        }
    }
}

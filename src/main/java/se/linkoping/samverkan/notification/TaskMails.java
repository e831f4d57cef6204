package se.linkoping.samverkan.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * Writes and sends the mails about tasks. Exists only when {@code spring.mail.host} is set (Spring Boot
 * then makes the mail sender). A mail that cannot be sent is logged: the task is there in
 * Tasklist all the same.
 */
@Service
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class TaskMails {

    private static final Logger log = LoggerFactory.getLogger(TaskMails.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv"));
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final JavaMailSender sender;
    private final IdentityService identity;
    private final String from;
    private final String tasklistUrl;

    public TaskMails(JavaMailSender sender, IdentityService identity, @Value("${samverkan.mail.from}") String from,
                     @Value("${samverkan.mail.tasklist-url}") String tasklistUrl) {
        this.sender = sender;
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
        String subject = "Ny uppgift i Samverkan: " + task.getName();
        String text = "Hej!\n\n" + groupNames(groups) + " har fått en ny uppgift i Samverkan:\n\n" + task.getName()
                + "\n" + due(task.getDueDate()) + "\nÖppna uppgiften i Tasklist: " + link(task.getId())
                + "\n\nNågon i gruppen tar uppgiften och slutför den där.\n\n" + FOOTER;
        afterCommit(recipients(groups), subject, text);
    }

    /** An intervention's due date is near: the responsible group is reminded of its task. */
    public void reminder(String taskId, String taskName, Date dueDate, String groupId) {
        String subject = "Påminnelse från Samverkan: " + taskName;
        String text = "Hej!\n\nPåminnelse till " + groupNames(List.of(groupId)) + ": uppgiften nedan ska vara klar "
                + "snart.\n\n" + taskName + "\n" + due(dueDate) + "\nÖppna uppgiften i Tasklist: " + link(taskId)
                + "\n\n" + FOOTER;
        afterCommit(recipients(List.of(groupId)), subject, text);
    }

    /** A message a process sends a group (element template "Samverkan: Meddela en grupp"). */
    public void message(String groupId, String subject, String text) {
        afterCommit(recipients(List.of(groupId)), "Samverkan: " + subject,
                "Hej!\n\nTill " + groupNames(List.of(groupId)) + ":\n\n" + text + "\n\n" + FOOTER);
    }

    static final String FOOTER = "Det här meddelandet skickas automatiskt av Samverkan, Linköpings kommun och "
            + "lokalpolisområde Linköping. Svara inte på det.";

    String link(String taskId) {
        return tasklistUrl + "camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private static String due(Date dueDate) {
        return dueDate == null ? "Inget slutdatum." : "Slutdatum: " + DAY.format(dueDate.toInstant().atZone(STOCKHOLM)) + ".";
    }

    private static String groupNames(List<String> groups) {
        return String.join(" och ", groups.stream()
                .map(id -> OrganisationGroup.byId(id).map(OrganisationGroup::swedishName).orElse(id)).toList());
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
    private void afterCommit(Set<String> recipients, String subject, String text) {
        if (recipients.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            for (String to : recipients) {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(to);
                mail.setSubject(subject);
                mail.setText(text);
                try {
                    sender.send(mail);
                } catch (MailException e) {
                    log.warn("Could not mail {} about '{}': {}", to, subject, e.getMessage());
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

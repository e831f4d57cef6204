package se.linkoping.samverkan.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * For process owners (element template "Samverkan: Meddela en grupp"): mails the members of a group
 * (input parameters {@code recipientGroup}, {@code mailSubject}, {@code mailText}) once the step is
 * saved. Without SMTP nothing is sent and the step goes on. An unknown group stops the step.
 */
@Component("notifyGroup")
public class NotifyGroupDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyGroupDelegate.class);

    private final ObjectProvider<TaskMails> mails;

    public NotifyGroupDelegate(ObjectProvider<TaskMails> mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = FormValues.text(execution, "recipientGroup");
        if (OrganisationGroup.byId(group).isEmpty()) {
            throw new IllegalArgumentException("recipientGroup names no group of Samverkan: " + group);
        }
        TaskMails sender = mails.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP set: group {} is not mailed about '{}'", group, FormValues.text(execution, "mailSubject"));
            return;
        }
        sender.message(group, FormValues.text(execution, "mailSubject"), FormValues.text(execution, "mailText"));
    }
}

package se.linkoping.samverkan.notification;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.system.Swedish;

/**
 * The mails' texts, written by the Thymeleaf text templates in {@code templates/mail/}: a template's
 * first line is the subject, the text follows the blank line under it. Days and times in Linköping's
 * time and Swedish words ({@link Swedish}). Its own template engine, so that the pages' HTML templates
 * and their resolver stay as Spring Boot sets them up.
 */
@Component
class MailTexts {

    /** A mail to send: one line of subject and its text. */
    record Mail(String subject, String text) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTexts() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/mail/");
        templates.setSuffix(".txt");
        templates.setTemplateMode(TemplateMode.TEXT);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine.setTemplateResolver(templates);
    }

    /** A task was created for these groups. */
    Mail newTask(List<String> groupIds, String taskName, Date dueDate, String link) {
        return write("new-task", Map.of("groups", names(groupIds), "task", taskName, "link", link), dueDate);
    }

    /** A group's task is due soon. */
    Mail reminder(String groupId, String taskName, Date dueDate, String link) {
        return write("reminder", Map.of("groups", names(List.of(groupId)), "task", taskName, "link", link), dueDate);
    }

    /** A process's message to a group; the subject is kept to one line. */
    Mail groupMessage(String groupId, String subject, String text) {
        return write("group-message", Map.of("groups", names(List.of(groupId)),
                "subject", subject.replaceAll("\\R", " "), "text", text), null);
    }

    private Mail write(String template, Map<String, Object> values, Date dueDate) {
        Context context = new Context(Swedish.LOCALE, values);
        ZonedDateTime due = dueDate == null ? null : dueDate.toInstant().atZone(Swedish.ZONE);
        context.setVariable("due", due);
        String written = engine.process(template, context);
        int subjectEnd = written.indexOf('\n');
        return new Mail(written.substring(0, subjectEnd), written.substring(subjectEnd + 2).stripTrailing());
    }

    /** The groups' Swedish names (an unknown id as it is). */
    private static List<String> names(List<String> groupIds) {
        return groupIds.stream()
                .map(id -> OrganisationGroup.byId(id).map(OrganisationGroup::swedishName).orElse(id)).toList();
    }
}

package se.linkoping.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;

/**
 * Mail about tasks through a real SMTP server (GreenMail) started by the test: a task created for
 * groups reaches their members with an e-mail address, in Swedish, with a link to the task in Tasklist.
 * The application here has SMTP set; without it (every other test) there is no mail sender at all.
 * It runs in a JVM of its own (see pom.xml): a second application in one JVM would share Camunda's
 * engine registry with the others.
 */
@OnH2
class TaskMailsWithSmtpTest extends Scenario {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("samverkan.mail.tasklist-url", () -> "https://samverkan.example.se");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void noMail() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aTaskForGroupsIsMailedToTheirMembers() throws Exception {
        // an acute matter calls an extra meeting; its agenda is for the security unit and district coordinators
        raise(Map.of("title", "Skottlossning i Berga", "description", "Skott vid centrum i natt.",
                "level", "coordination-group", "acute", true));
        String meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey("coordination-group-meeting")
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult()
                .getId());
        Task agenda = taskService.createTaskQuery().taskDefinitionKey("Task_PrepareAgenda").singleResult();

        // sent as the job's transaction committed, before executeJob returned
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(TaskMailsWithSmtpTest::to).toList())
                .containsExactlyInAnyOrderElementsOf(expectedRecipients());
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Ny uppgift i Samverkan: Förbered dagordningen");
        String body = (String) mail.getContent();
        assertThat(body).contains("Säkerhetsenheten", "Stadsdelssamordnare", "har fått en ny uppgift i Samverkan",
                "Slutdatum:", "https://samverkan.example.se/camunda/app/tasklist/default/#/?task=" + agenda.getId(),
                "Svara inte på det.");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("samverkan@linkoping.se");
        // the link's page is Tasklist (the task id after # is read by Tasklist in the browser)
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRefusedStepMailsNobody() throws Exception {
        // a matter refused at its start creates no task, and so no mail
        assertThatThrownBy(() -> raise(Map.of("title", "", "level", "coordination-group")))
                .hasMessageContaining("Ärendet sparades inte");

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    /** Raises a matter as a district coordinator would from Tasklist's start form. */
    private void raise(Map<String, Object> form) {
        identityService.setAuthentication(DemoLogins.DISTRICT_COORDINATOR, identityService.createGroupQuery()
                .groupMember(DemoLogins.DISTRICT_COORDINATOR).list().stream().map(group -> group.getId()).toList());
        try {
            runtimeService.startProcessInstanceByKey("matter", form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Everyone in the two groups who has an e-mail address: the demo users all have one. */
    private List<String> expectedRecipients() {
        return List.of("security-unit", "district-coordinators").stream()
                .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                .map(user -> user.getEmail()).distinct().toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

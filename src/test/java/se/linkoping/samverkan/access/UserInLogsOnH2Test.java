package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * The lines the engine logs while a partner's report is received over the API carry who sent it and the process
 * instance it started, as the logging context (the fields of the structured logs, profile {@code json-logs}).
 */
@OnH2
class UserInLogsOnH2Test extends Scenario {

    private final Logger engineLog = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listenToTheEngine() {
        levelBefore = engineLog.getLevel();
        engineLog.setLevel(Level.DEBUG);
        lines.start();
        engineLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        engineLog.detachAppender(lines);
        engineLog.setLevel(levelBefore);
    }

    @Test
    void theEnginesLinesDuringAnApiRequestNameTheUserAndTheProcessInstance() {
        ResponseEntity<JsonNode> received = RestClient.as(http, DemoLogins.PARTNER_SYSTEM).post("/api/incident-reports",
                Map.of("district", "skaggetorp", "place", "Gillbergska gatan 12", "category", "skadegorelse",
                        "occurredAt", OffsetDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "description", "Klotter på fasaden.", "source", "bostadsbolag", "externalReference", "LOGG-a"));
        assertThat(received.getStatusCode()).as(String.valueOf(received.getBody())).isEqualTo(HttpStatus.CREATED);
        String instance = jdbc.sql("select process_instance_id from samverkan.incident_report")
                .query(String.class).single();

        // the login itself is checked before anybody is known; from the first line after it, every line says who
        List<Map<String, String>> contexts = lines.list.stream().map(ILoggingEvent::getMDCPropertyMap)
                .dropWhile(context -> !context.containsKey(UserInLogs.USER)).toList();
        assertThat(contexts).as("the engine's lines once the partner was signed in").hasSizeGreaterThan(10)
                .allSatisfy(context -> assertThat(context).containsEntry(UserInLogs.USER, DemoLogins.PARTNER_SYSTEM));
        assertThat(lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .takeWhile(message -> !message.contains("StartProcessInstanceCmd")))
                .as("lines without the user: the login's only").noneMatch(message -> message.contains("ACT_RU_"));
        assertThat(contexts).anySatisfy(context -> assertThat(context)
                .containsEntry("processInstanceId", instance)
                .containsEntry("processDefinitionKey", "incident-report")
                .containsKey("activityId"));
    }
}

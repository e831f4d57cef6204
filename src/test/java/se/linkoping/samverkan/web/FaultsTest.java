package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * Every failure is said in Swedish with the status that fits it, and the answer never carries what the exception
 * said: no SQL, no class name, no stack trace.
 */
class FaultsTest {

    private static final String SQL = "insert into samverkan.incident_report (id) values (?) [org.postgresql.Driver]";

    @Test
    void theDatabaseOutOfReachIs503() {
        for (Throwable down : new Throwable[] {
                new CannotCreateTransactionException(SQL, new ConnectException("Connection refused")),
                new ProcessEngineException(SQL, new SQLException(SQL, "08006")),
                new ProcessEngineException(SQL, new SQLException("terminating connection", "57P01"))}) {
            Refusal answer = Faults.of(down, "/api/incident-reports");
            assertThat(answer.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(answer.detail()).contains("databas går inte att nå", "Försök igen");
            assertClean(answer);
        }
    }

    @Test
    void twoAtOnceIs409() {
        assertThat(Faults.of(new OptimisticLockingException(SQL), "/engine-rest/task/1/complete").detail())
                .contains("hann före");
        assertThat(Faults.of(new TaskAlreadyClaimedException("1", "anna"), "/engine-rest/task/1/claim").detail())
                .contains("redan tagits av en annan användare");
        assertThat(Faults.of(new NullValueException("Cannot find task with id 1: task is null"),
                "/engine-rest/task/1/submit-form").detail()).contains("Uppgiften finns inte längre");
        assertThat(Faults.of(new ProcessEngineException(SQL, new DuplicateKeyException(SQL)), "/engine-rest/x").kind())
                .isEqualTo(Kind.CONFLICT);
    }

    @Test
    void valuesTheDatabaseCannotHoldAre400() {
        assertThat(Faults.of(new ProcessEngineException(SQL, new SQLException(SQL, "22021")), "/x").detail())
                .contains("tecken som inte kan sparas", "Inget har sparats");
        assertThat(Faults.of(new ProcessEngineException(SQL, new SQLException(SQL, "22001")), "/x").detail())
                .contains("för lång");
        assertThat(Faults.of(new DateTimeException("Invalid value for Year"), "/x").kind()).isEqualTo(Kind.BAD_INPUT);
    }

    @Test
    void anythingElseIs500WithAnErrorCodeAndNothingOfTheException() {
        Refusal answer = Faults.of(new NullPointerException(SQL), "/engine-rest/task/1/complete");

        assertThat(answer.kind()).isEqualTo(Kind.FAILED);
        assertThat(answer.detail()).containsPattern("felkoden [0-9a-f]{8}");
        assertClean(answer);
    }

    @Test
    void camundasRestApiAnswersInItsShapeWithoutTheException() {
        Response answer = EngineErrors.answer(new ProcessEngineException(SQL, new SQLException(SQL, "08001")), null);

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo(String.valueOf(Faults.RETRY_AFTER_SECONDS));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.getEntity();
        assertThat(body.get("type")).isEqualTo("ServiceUnavailable");
        assertThat(body.toString()).doesNotContain("insert", "org.", "Exception");

        Response failed = EngineErrors.answer(new IllegalStateException(SQL), null);
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(failed.getEntity().toString()).doesNotContain("insert", "org.", "Exception", "IllegalState");
    }

    private static void assertClean(Refusal answer) {
        assertThat(answer.detail()).doesNotContain("insert", "samverkan.incident_report", "org.", "Exception", "SQL");
    }
}

package se.linkoping.samverkan.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * What went wrong, said in Swedish to whoever asked, whichever way it failed: Samverkan's pages and API
 * ({@link RefusalAdvice}), Camunda's REST APIs ({@link EngineErrors}) and anything that reaches the error page
 * ({@link ErrorPageController}). The answer never carries SQL, a class name or a stack trace; an unexpected
 * failure is logged with a short error code that the answer names, so support finds it.
 * <ul>
 *   <li>a {@link Refusal} anywhere in the causes: itself;</li>
 *   <li>the database out of reach: 503, try again soon — nothing was stored;</li>
 *   <li>two users at once (a task claimed or completed by someone else first, the same thing stored twice):
 *       409, and nothing doubled, since the loser's transaction is rolled back whole;</li>
 *   <li>a value the database cannot hold (too long, a NUL byte, out of range) or a date out of range: 400;</li>
 *   <li>anything else: 500 with an error code.</li>
 * </ul>
 */
public final class Faults {

    /** How long a client should wait before trying again while the database is out of reach. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);
    /** Camunda's task actions, in /engine-rest and in the webapps' engine API. */
    private static final Pattern TASK_ACTION =
            Pattern.compile(".*/task/[^/]+/(claim|unclaim|complete|submit-form|resolve|delegate|assignee)/?");

    private Faults() {
    }

    /**
     * The answer to a failure of a request to {@code path} (without the context path; may be null).
     * Logs what the asker is not told.
     */
    public static Refusal of(Throwable failure, String path) {
        List<Throwable> causes = causes(failure);
        Optional<Refusal> refusal = first(causes, Refusal.class);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (causes.stream().anyMatch(Faults::unreachable)) {
            LOG.warn("The database is out of reach ({} {}): {}", path, failure.getClass().getSimpleName(),
                    rootMessage(causes));
            return Refusal.of(Kind.UNAVAILABLE, "Samverkans databas går inte att nå just nu, så inget av det du skickade "
                    + "har sparats. Försök igen om en stund.");
        }
        Optional<Refusal> conflict = conflict(causes, path);
        if (conflict.isPresent()) {
            LOG.info("Refused as a conflict ({}): {}", path, rootMessage(causes));
            return conflict.get();
        }
        Optional<String> unstorable = sqlState(causes).filter(state -> state.startsWith("22")).map(Faults::unstorable);
        if (unstorable.isPresent()) {
            LOG.info("Refused a value the database cannot hold ({}): {}", path, rootMessage(causes));
            return Refusal.badInput(unstorable.get());
        }
        if (first(causes, DateTimeException.class).isPresent()) {
            LOG.info("Refused a date out of range ({}): {}", path, rootMessage(causes));
            return Refusal.badInput("Ett datum eller en tidpunkt i begäran ligger utanför det som går att räkna med. "
                    + "Ange ett datum som 2026-03-02 eller en tidpunkt som 2026-03-14T21:30.");
        }
        String code = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("Unexpected failure, error code {} ({})", code, path, failure);
        return failed(code);
    }

    /** An unexpected failure, without the exception (a 500 the server answered by itself). */
    public static Refusal failed(String code) {
        return Refusal.of(Kind.FAILED, "Ett oväntat fel inträffade och begäran kunde inte slutföras. Försök igen; om "
                + "felet finns kvar, kontakta Samverkans förvaltning och ange felkoden " + code + ".");
    }

    /**
     * The answer to a status the server gave without a refusal of Samverkan's (a path that does not exist, a
     * method not allowed, a request too large): the status stays, the words are Swedish.
     */
    public static Refusal forStatus(int status) {
        return switch (status) {
            case 401 -> Refusal.notSignedIn("Du är inte inloggad. Logga in och försök igen.");
            case 403 -> Refusal.forbidden("Begäran är inte tillåten för ditt konto eller kom inte från Samverkans egna "
                    + "sidor. Ladda om sidan och försök igen.");
            case 404 -> Refusal.notFound("Det finns ingenting på den här adressen. Kontrollera adressen.");
            case 405 -> Refusal.badInput("Adressen tar inte emot den sortens begäran (metoden stöds inte).");
            case 406 -> Refusal.badInput("Svaret finns inte i det format som begärdes.");
            case 409 -> Refusal.of(Kind.CONFLICT, "Begäran krockar med en annan som kom först. Ladda om och försök igen.");
            case 413 -> Refusal.badInput("Begäran är för stor för att tas emot.");
            case 415 -> Refusal.of(Kind.UNSUPPORTED_MEDIA_TYPE, "Begäran har ett format som inte tas emot här.");
            case 503 -> Refusal.of(Kind.UNAVAILABLE, "Samverkan kan inte svara just nu. Försök igen om en stund.");
            default -> status >= 500 ? failed(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()))
                    : Refusal.badInput("Begäran kunde inte tas emot. Kontrollera adressen och det som skickades.");
        };
    }

    private static Optional<Refusal> conflict(List<Throwable> causes, String path) {
        boolean taskAction = path != null && TASK_ACTION.matcher(path).matches();
        if (first(causes, TaskAlreadyClaimedException.class).isPresent()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "Uppgiften har redan tagits av en annan användare. Ladda om "
                    + "uppgiftslistan för att se vem som har den."));
        }
        if (first(causes, OptimisticLockingException.class).isPresent()
                || first(causes, ConcurrencyFailureException.class).isPresent()
                || sqlState(causes).filter(state -> state.startsWith("40")).isPresent()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, taskAction
                    ? "Någon annan tog eller slutförde uppgiften samtidigt och hann före. Det du skickade har inte "
                            + "sparats. Ladda om uppgiftslistan och se efter om uppgiften redan är gjord."
                    : "Någon annan ändrade samma sak samtidigt och hann före. Det du skickade har inte sparats. Ladda "
                            + "om och se efter om det redan är gjort."));
        }
        if (taskAction && first(causes, NullValueException.class).isPresent()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "Uppgiften finns inte längre: någon annan har redan slutfört "
                    + "den, eller så har ärendet gått vidare. Det du skickade har inte sparats. Ladda om "
                    + "uppgiftslistan."));
        }
        if (first(causes, DuplicateKeyException.class).isPresent() || sqlState(causes).filter("23505"::equals).isPresent()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "Det här finns redan sparat: samma begäran kom troligen två "
                    + "gånger, och den sparades bara en gång. Ladda om och kontrollera."));
        }
        return Optional.empty();
    }

    private static String unstorable(String sqlState) {
        return switch (sqlState) {
            case "22001" -> "En text är för lång för att sparas: en processvariabel rymmer högst 4 000 tecken. Korta "
                    + "texten. Inget har sparats.";
            case "22021", "22P05" -> "En text innehåller ett tecken som inte kan sparas, till exempel ett nolltecken "
                    + "(NUL). Ta bort det. Inget har sparats.";
            default -> "Ett värde i begäran kan inte sparas: ett tal, datum eller en text ligger utanför det tillåtna. "
                    + "Rätta värdet. Inget har sparats.";
        };
    }

    /** Whether a failure is the database out of reach (and no refusal of ours), without logging anything. */
    static boolean isOutage(Throwable failure) {
        List<Throwable> causes = causes(failure);
        return first(causes, Refusal.class).isEmpty() && causes.stream().anyMatch(Faults::unreachable);
    }

    /** Whether a cause says the database cannot be reached (down, restarting, refusing connections). */
    private static boolean unreachable(Throwable cause) {
        if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-57P03: shut down, crashed, starting up; 53300: too many connections
            return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
        }
        return false;
    }

    private static Optional<String> sqlState(List<Throwable> causes) {
        return causes.stream().filter(SQLException.class::isInstance).map(c -> ((SQLException) c).getSQLState())
                .filter(state -> state != null && !state.isEmpty()).findFirst();
    }

    private static <T> Optional<T> first(List<Throwable> causes, Class<T> type) {
        return causes.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The failure and its causes, with the next exceptions of SQL batches, each once. */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        IdentityHashMap<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>();
        todo.add(failure);
        while (!todo.isEmpty() && causes.size() < 50) {
            Throwable next = todo.remove(0);
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            causes.add(next);
            todo.add(next.getCause());
            if (next instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return causes;
    }

    private static String rootMessage(List<Throwable> causes) {
        Throwable root = causes.get(causes.size() - 1);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

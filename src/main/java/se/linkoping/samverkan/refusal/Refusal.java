package se.linkoping.samverkan.refusal;

import java.util.List;
import java.util.Objects;

/**
 * What was asked is not done, and nothing of it is saved: every reason in Swedish, saying what to fix.
 * The one refusal of the application, whoever refuses — a form's checks, a page's access, the partner
 * API. {@code web.RefusalAdvice} answers it on the web (problem details under {@code /api}, the refused page
 * elsewhere); {@code forms.FormErrors} turns it into a form error so that Tasklist shows the reasons and
 * the task stays open.
 */
public class Refusal extends RuntimeException {

    /** Why it is refused, which also says the HTTP status it answers. */
    public enum Kind {
        BAD_INPUT(400, "Begäran kunde inte tas emot"), NOT_SIGNED_IN(401, "Inte inloggad"),
        FORBIDDEN(403, "Ingen åtkomst"), NOT_FOUND(404, "Finns inte"),
        CONFLICT(409, "Krockar med en tidigare begäran"), UNSUPPORTED_MEDIA_TYPE(415, "Fel format"),
        /** Something failed that the asker cannot fix: said in Swedish, with no detail of where or why. */
        FAILED(500, "Något gick fel"),
        UNAVAILABLE(503, "Försök igen om en stund");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        /** The answer's title in Swedish, as a problem detail's {@code title}. */
        public String title() {
            return title;
        }
    }

    /** One reason, for the named field of a form or request, or for the whole of it when the field is null. */
    public record Reason(String field, String message) {

        public Reason {
            Objects.requireNonNull(message, "message");
        }
    }

    private final Kind kind;
    private final String summary;
    private final transient List<Reason> reasons;

    /** Bad input, with every reason. */
    public Refusal(List<String> reasons) {
        this(Kind.BAD_INPUT, null, reasons.stream().map(message -> new Reason(null, message)).toList());
    }

    /**
     * @param summary what is refused as a whole ("Rapporten togs inte emot: 2 fel att rätta."), or null when
     *                the reasons say it all
     */
    public Refusal(Kind kind, String summary, List<Reason> reasons) {
        super(String.join(" ", reasons.stream().map(Reason::message).toList()));
        this.kind = kind;
        this.summary = summary;
        this.reasons = List.copyOf(reasons);
    }

    public static Refusal of(Kind kind, String reason) {
        return new Refusal(kind, null, List.of(new Reason(null, reason)));
    }

    public static Refusal badInput(String... reasons) {
        return new Refusal(List.of(reasons));
    }

    public static Refusal notSignedIn(String reason) {
        return of(Kind.NOT_SIGNED_IN, reason);
    }

    public static Refusal forbidden(String reason) {
        return of(Kind.FORBIDDEN, reason);
    }

    public static Refusal notFound(String reason) {
        return of(Kind.NOT_FOUND, reason);
    }

    public Kind kind() {
        return kind;
    }

    /** What is refused as a whole: the summary, or else every reason in one text. */
    public String detail() {
        return summary != null ? summary : getMessage();
    }

    /** The reasons' texts, in order. */
    public List<String> reasons() {
        return reasons.stream().map(Reason::message).toList();
    }

    /** The reasons with the fields they are about. */
    public List<Reason> fieldReasons() {
        return reasons;
    }

}

package se.linkoping.samverkan.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.EndedRows;

/** Stores decisions, checked: a decision without a rationale is not recorded, and not taken. */
@Repository
public class DecisionRecords {

    static final int RATIONALE_MAX = 4000;

    /** What a decision was about, with its Swedish name. */
    public enum Subject {
        PROBLEM("Problem"), MATTER("Ärende"), DISTRICT_PLAN("Mål, lägesbild och handlingsplan"), PHASE("Fas"),
        AGREEMENT("Samverkansöverenskommelse och medborgarlöfte");

        private final String swedish;

        Subject(String swedish) {
            this.swedish = swedish;
        }

        public String swedish() {
            return swedish;
        }
    }

    /** What was decided, with its Swedish name. */
    public enum Outcome {
        /** EST on a problem. */
        INTERVENTION("Insats"), NO_INTERVENTION("Ingen insats"),
        /** A meeting on a matter: handled at this level, escalated to the next, or closed. */
        HANDLED("Hanteras här"), ESCALATED("Eskaleras"), CLOSED("Avslutas"),
        /** The steering group on a district plan; the political steering group on the cooperation agreement. */
        APPROVED("Fastställs"), RETURNED("Skickas tillbaka"),
        /** The steering group on the coordination group's phase. */
        PHASE_SET("Fas beslutad");

        private final String swedish;

        Outcome(String swedish) {
            this.swedish = swedish;
        }

        public String swedish() {
            return swedish;
        }
    }

    /** A recorded decision. */
    public record Decision(String body, String processInstanceId, Long meetingId, Subject subject, long subjectId,
                           Outcome outcome, String rationale, String directive, String basis, String decidedBy,
                           OffsetDateTime decidedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public DecisionRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a decision.
     *
     * @throws Refusal when the rationale is missing, too long or holds a personal number
     */
    public void record(String body, String processInstanceId, Subject subject, long subjectId, Outcome outcome,
                       String rationale, String basis, String decidedBy) {
        record(body, processInstanceId, null, subject, subjectId, outcome, rationale, null, basis, decidedBy);
    }

    /**
     * Records a decision taken at a meeting, with what the body directs (a task to the departments, a
     * priority in a budget or plan), if anything.
     *
     * @throws Refusal when the rationale is missing, a text is too long or holds a personal number
     */
    public void record(String body, String processInstanceId, Long meetingId, Subject subject, long subjectId,
                       Outcome outcome, String rationale, String directive, String basis, String decidedBy) {
        List<String> reasons = new ArrayList<>();
        String why = rationale == null ? "" : rationale.strip();
        if (why.isEmpty()) {
            reasons.add("Motivering saknas: skriv kort varför beslutet fattas.");
        } else if (why.length() > RATIONALE_MAX) {
            reasons.add("Motiveringen får vara högst " + RATIONALE_MAX + " tecken men är " + why.length() + ".");
        }
        if (PersonalIdentityNumbers.containsOne(why)) {
            reasons.add("Motiveringen innehåller något som ser ut som ett personnummer eller samordningsnummer: ta bort det.");
        }
        String direction = directive == null || directive.isBlank() ? null : directive.strip();
        if (direction != null && direction.length() > RATIONALE_MAX) {
            reasons.add("Uppdraget får vara högst " + RATIONALE_MAX + " tecken men är " + direction.length() + ".");
        }
        if (direction != null && PersonalIdentityNumbers.containsOne(direction)) {
            reasons.add("Uppdraget innehåller något som ser ut som ett personnummer eller samordningsnummer: ta bort det.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, meeting_id, subject_type,
                            subject_id, outcome, rationale, directive, basis, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(body, processInstanceId, meetingId, subject.name(), subjectId, outcome.name(), why, direction,
                        basis, decidedBy, OffsetDateTime.now(clock))
                .update();
    }

    /** The decisions on a subject, oldest first. */
    public List<Decision> about(Subject subject, long subjectId) {
        return jdbc.sql("""
                        select body, process_instance_id, meeting_id, subject_type as subject, subject_id, outcome,
                            rationale, directive, basis, decided_by, decided_at
                        from samverkan.decision_record where subject_type = ? and subject_id = ? order by id""")
                .params(subject.name(), subjectId).query(Decision.class).list();
    }

    /** The decisions taken at a meeting, in the order they were taken. */
    public List<Decision> atMeeting(long meetingId) {
        return jdbc.sql("""
                        select body, process_instance_id, meeting_id, subject_type as subject, subject_id, outcome,
                            rationale, directive, basis, decided_by, decided_at
                        from samverkan.decision_record where meeting_id = ? order by id""")
                .param(meetingId).query(Decision.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from samverkan.decision_record").query(Long.class).single();
    }

    /**
     * Retention: removes up to {@code max} decisions taken in a process whose history is removed at {@code now}
     * (a meeting's decisions with the meeting's process), but never one on a matter that is still kept: a matter's
     * decisions go with it; how many.
     */
    public int removeEnded(Instant now, int max, Set<Long> mattersKept) {
        Set<Long> keep = new HashSet<>();
        jdbc.sql("select id, subject_id from samverkan.decision_record where subject_type = 'MATTER'")
                .query(rs -> {
                    if (mattersKept.contains(rs.getLong(2))) {
                        keep.add(rs.getLong(1));
                    }
                });
        return EndedRows.delete(jdbc, "samverkan.decision_record", "id",
                EndedRows.due(jdbc, "samverkan.decision_record", now, max, keep));
    }

    /** The matters that decisions not yet due refer to (kept while these decisions stay). */
    public Set<Long> mattersReferredNotDue(Instant now) {
        return EndedRows.referredNotDue(jdbc, "samverkan.decision_record", "subject_id", "subject_type = 'MATTER'", now);
    }

    /** The meetings decisions refer to (kept while these decisions stay). */
    public Set<Long> meetingsReferred() {
        return EndedRows.referred(jdbc, "samverkan.decision_record", "meeting_id");
    }
}

package se.linkoping.samverkan.decisions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.RefusedInput;
import se.linkoping.samverkan.intake.PersonalIdentityNumbers;

/** Stores decisions, checked: a decision without a rationale is not recorded, and not taken. */
@Repository
public class DecisionRecords {

    static final int RATIONALE_MAX = 4000;

    /** What a decision was about. */
    public enum Subject { PROBLEM, MATTER }

    /** What was decided. */
    public enum Outcome { INTERVENTION, NO_INTERVENTION }

    /** A recorded decision. */
    public record Decision(String body, String processInstanceId, Subject subject, long subjectId, Outcome outcome,
                           String rationale, String basis, String decidedBy, OffsetDateTime decidedAt) {
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
     * @throws RefusedInput when the rationale is missing, too long or holds a personal number
     */
    public void record(String body, String processInstanceId, Subject subject, long subjectId, Outcome outcome,
                       String rationale, String basis, String decidedBy) {
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
        if (!reasons.isEmpty()) {
            throw new RefusedInput(reasons);
        }
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id,
                            outcome, rationale, basis, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(body, processInstanceId, subject.name(), subjectId, outcome.name(), why, basis, decidedBy,
                        OffsetDateTime.now(clock))
                .update();
    }

    /** The decisions on a subject, oldest first. */
    public List<Decision> about(Subject subject, long subjectId) {
        return jdbc.sql("""
                        select body, process_instance_id, subject_type as subject, subject_id, outcome, rationale, basis,
                            decided_by, decided_at
                        from samverkan.decision_record where subject_type = ? and subject_id = ? order by id""")
                .params(subject.name(), subjectId).query(Decision.class).list();
    }
}

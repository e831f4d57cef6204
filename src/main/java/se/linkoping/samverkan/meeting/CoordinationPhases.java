package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.EndedRows;

/** The coordination group's phase as the steering group set it: the latest row holds. */
@Repository
public class CoordinationPhases {

    /** The phases of the decision: calm, normal, elevated. */
    public static final Set<String> PHASES = Set.of("lugn", "normal", "förhöjd");

    private final JdbcClient jdbc;
    private final Clock clock;

    public CoordinationPhases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String current() {
        return jdbc.sql("select phase from samverkan.coordination_phase order by id desc fetch first 1 rows only")
                .query(String.class).single();
    }

    /** @return the id of the stored phase, the subject of its decision record */
    long set(String phase, long meetingId, String setBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into samverkan.coordination_phase (phase, set_at, set_by, meeting_id) values (?, ?, ?, ?)")
                .params(phase, OffsetDateTime.now(clock), setBy, meetingId).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The meetings the phases were set at (kept: the phases are the organisation's record, not a matter's). */
    public Set<Long> meetingsReferred() {
        return EndedRows.referred(jdbc, "samverkan.coordination_phase", "meeting_id");
    }
}

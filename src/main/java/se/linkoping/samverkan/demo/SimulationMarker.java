package se.linkoping.samverkan.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row in {@code demo_simulation} that says the first demo start is done: simulated, or skipped
 * because the database held data already. Written in the simulation's own transaction.
 */
final class SimulationMarker {

    /** The one simulation there is. */
    static final String NAME = "kvartal";

    private final JdbcClient jdbc;

    SimulationMarker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a start has simulated (or skipped) the quarter. */
    boolean recorded() {
        return jdbc.sql("select count(*) from samverkan.demo_simulation where name = ?").param(NAME)
                .query(Long.class).single() > 0;
    }

    /**
     * Records the outcome. The name is the primary key: a second application starting on the same
     * database at the same time fails here and rolls its simulation back.
     */
    void record(String outcome, Instant from, Instant until, String summary, Instant recordedAt) {
        jdbc.sql("""
                        insert into samverkan.demo_simulation (name, outcome, simulated_from, simulated_until,
                            recorded_at, summary)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(NAME, outcome, utc(from), utc(until), utc(recordedAt),
                        summary.length() > 2000 ? summary.substring(0, 2000) : summary)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

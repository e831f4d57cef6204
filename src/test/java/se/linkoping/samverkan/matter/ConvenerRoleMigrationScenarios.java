package se.linkoping.samverkan.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code V18__convener_role}: the matters a convener acted on before conveners were roles get the role they
 * acted in, which was membership of the body the matter waited at then — the body that escalated it after
 * the choice, else its level now. Migrated from the last release before it, on H2 and PostgreSQL.
 */
abstract class ConvenerRoleMigrationScenarios {

    /** An empty database, and the schema name Flyway uses on it. */
    abstract DataSource database();

    abstract String schema();

    @Test
    void existingChoicesGetTheBodyTheyWereMadeIn() {
        Flyway before = flyway("13");
        before.migrate();
        JdbcClient jdbc = JdbcClient.create(database());
        matter(jdbc, 1, "steering-group", "maria.ek");
        matter(jdbc, 2, "steering-group", "johan.berg");
        matter(jdbc, 3, "coordination-group", null);
        // matter 2 was chosen on while it waited at the coordination group, which escalated it the day after
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id,
                            outcome, rationale, decided_by, decided_at)
                        values ('coordination-group', 'pi-meeting', 'MATTER', 2, 'ESCALATED', 'Behöver styrgruppen.',
                            'johan.berg', timestamp with time zone '2027-03-02 10:00:00+01:00')""").update();

        flyway(null).migrate();

        assertThat(roles(jdbc)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, "steering-group",
                2L, "coordination-group", 3L, "-"));
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database()).schemas(schema()).defaultSchema(schema())
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static void matter(JdbcClient jdbc, long id, String level, String convener) {
        jdbc.sql("""
                        insert into samverkan.matter (id, title, level, origin, raised_by, raised_at, waiting_since,
                            status, convener_alerted_at, convener_action, convener)
                        values (?, 'Ärende', ?, 'BODY', 'sara.nilsson', timestamp with time zone '2027-01-04 09:00:00+01:00',
                            timestamp with time zone '2027-01-04 09:00:00+01:00', 'WAITING', ?, ?, ?)""")
                .params(id, level, convener == null ? null : OffsetDateTime.parse("2027-03-01T09:00:00+01:00"),
                        convener == null ? null : "Tas upp på nästa ordinarie möte.", convener)
                .update();
    }

    private static Map<Long, String> roles(JdbcClient jdbc) {
        Map<Long, String> roles = new HashMap<>();
        jdbc.sql("select id, convener_role from samverkan.matter").query((rs, row) -> roles.put(rs.getLong(1),
                rs.getString(2) == null ? "-" : rs.getString(2))).list();
        return roles;
    }
}

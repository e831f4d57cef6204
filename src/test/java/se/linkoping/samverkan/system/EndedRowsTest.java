package se.linkoping.samverkan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows asked for by more ids than one statement may hold. */
class EndedRowsTest {

    @Test
    void aQueryForManyIdsIsAskedInPartsAndAnswersForAll() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ended-rows;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("create table problem (id bigint primary key, picture_id bigint)");
        jdbc.batchUpdate("insert into problem (id, picture_id) values (?, ?)",
                LongStream.rangeClosed(1, 40_000).mapToObj(id -> new Object[] {id, id / 100}).toList());
        List<Long> kept = LongStream.rangeClosed(1, 40_000).filter(id -> id % 2 == 0).boxed().toList();

        var pictures = EndedRows.selectFor(JdbcClient.create(h2), "select picture_id from problem where id in (:ids)",
                kept);

        assertThat(pictures).hasSize(401).contains(0L, 200L, 400L);
        assertThat(EndedRows.selectFor(JdbcClient.create(h2), "select picture_id from problem where id in (:ids)",
                List.of())).isEmpty();
    }
}

package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The name an entry had at a time, from its current name and its renames. */
class NamesAtTest {

    private static final Instant FIRST_RENAME = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SECOND_RENAME = Instant.parse("2026-06-01T12:30:00Z");

    /** Berga, renamed Berga centrum in March and Berga-Johannelund in June. */
    private final NamesAt names = new NamesAt(
            Map.of(ReferenceKind.DISTRICT, Map.of("berga", "Berga-Johannelund", "ryd", "Ryd"),
                    ReferenceKind.CATEGORY, Map.of("klotter", "Skadegörelse och klotter")),
            Map.of(ReferenceKind.DISTRICT, Map.of("berga", List.of(
                    new NamesAt.Rename(FIRST_RENAME, "Berga"),
                    new NamesAt.Rename(SECOND_RENAME, "Berga centrum")))));

    @Test
    void beforeTheFirstRenameTheFirstName() {
        assertThat(names.district("berga", FIRST_RENAME.minusSeconds(1))).isEqualTo("Berga");
        assertThat(names.district("berga", Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo("Berga");
    }

    @Test
    void betweenTheRenamesTheMiddleName() {
        assertThat(names.district("berga", FIRST_RENAME.plusSeconds(1))).isEqualTo("Berga centrum");
        assertThat(names.district("berga", SECOND_RENAME.minusNanos(1))).isEqualTo("Berga centrum");
    }

    @Test
    void afterTheLastRenameTheCurrentName() {
        assertThat(names.district("berga", SECOND_RENAME.plusSeconds(1))).isEqualTo("Berga-Johannelund");
        assertThat(names.district("berga", (Instant) null)).as("no time: now").isEqualTo("Berga-Johannelund");
    }

    @Test
    void aRecordAtTheVeryInstantOfARenameHasTheNewName() {
        assertThat(names.district("berga", FIRST_RENAME)).isEqualTo("Berga centrum");
        assertThat(names.district("berga", SECOND_RENAME)).isEqualTo("Berga-Johannelund");
    }

    @Test
    void anEntryNeverRenamedHasItsNameAtAnyTime() {
        assertThat(names.district("ryd", FIRST_RENAME.minusSeconds(1))).isEqualTo("Ryd");
        assertThat(names.category("klotter", FIRST_RENAME.minusSeconds(1))).isEqualTo("Skadegörelse och klotter");
    }

    @Test
    void theListsAreApart() {
        assertThat(names.category("berga", FIRST_RENAME.minusSeconds(1))).as("no category berga").isEqualTo("berga");
        assertThat(names.source("berga", FIRST_RENAME.minusSeconds(1))).isEqualTo("berga");
    }

    @Test
    void anUnknownCodeShowsItselfAndNoCodeNothing() {
        assertThat(names.district("okand", FIRST_RENAME)).isEqualTo("okand");
        assertThat(names.district(null, FIRST_RENAME)).isNull();
    }
}

package se.linkoping.samverkan.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.refusal.Refusal;

class WeekRangeTest {

    /** Wednesday of week 16 2026. */
    private static final Instant NOW = ZonedDateTime.of(2026, 4, 15, 12, 0, 0, 0, STOCKHOLM).toInstant();

    @Test
    void withoutDatesItIsTheLastTwelveWeeksWithTheCurrentOneAndTheHeatMapShowsTheLastThatIsOver() {
        WeekRange range = WeekRange.of(null, null, NOW, STOCKHOLM);

        assertThat(range.weeks()).hasSize(12);
        assertThat(range.first().monday()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(range.last().monday()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(range.isOngoing(range.last())).isTrue();
        assertThat(range.select(null).label()).isEqualTo("vecka 15 2026");
        assertThat(range.select(LocalDate.of(2026, 4, 19)).label()).isEqualTo("vecka 16 2026");
    }

    @Test
    void anyDayStandsForItsWeekAndAFromAloneGivesTwelveWeeksAtMostUpToNow() {
        WeekRange range = WeekRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), NOW, STOCKHOLM);
        assertThat(range.weeks()).extracting(Week::monday)
                .containsExactly(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2));
        assertThat(range.select(null).monday()).isEqualTo(LocalDate.of(2026, 3, 2));

        assertThat(WeekRange.of(LocalDate.of(2025, 6, 4), null, NOW, STOCKHOLM).weeks()).hasSize(12);
        assertThat(WeekRange.of(LocalDate.of(2026, 4, 1), null, NOW, STOCKHOLM).weeks()).hasSize(3);
    }

    @Test
    void aRangeIsBoundedToAHundredAndFourWeeksNotReversedAndNotInTheFuture() {
        LocalDate last = LocalDate.of(2026, 4, 13);
        assertThat(WeekRange.of(last.minusWeeks(WeekRange.MAX_WEEKS - 1), last, NOW, STOCKHOLM).weeks())
                .hasSize(WeekRange.MAX_WEEKS);
        assertThatThrownBy(() -> WeekRange.of(last.minusWeeks(WeekRange.MAX_WEEKS), last, NOW, STOCKHOLM))
                .isInstanceOf(Refusal.class).hasMessageContaining("Välj högst 104 veckor")
                .hasMessageContaining("105 veckor");
        assertThatThrownBy(() -> WeekRange.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 10), NOW, STOCKHOLM))
                .isInstanceOf(Refusal.class).hasMessageContaining("ligger efter den sista");
        assertThatThrownBy(() -> WeekRange.of(null, LocalDate.of(2026, 4, 20), NOW, STOCKHOLM))
                .isInstanceOf(Refusal.class).hasMessageContaining("(vecka 17 2026) har inte börjat");
        WeekRange range = WeekRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), NOW, STOCKHOLM);
        assertThatThrownBy(() -> range.select(LocalDate.of(2026, 3, 16)))
                .isInstanceOf(Refusal.class).hasMessageContaining("(vecka 12 2026) ligger utanför");
    }

    @Test
    void aWeekOfTheChangeToSummerTimeIsAnHourShorter() {
        Week week = WeekRange.weekOf(LocalDate.of(2026, 3, 29), STOCKHOLM);

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(7 * 24 - 1));
    }
}

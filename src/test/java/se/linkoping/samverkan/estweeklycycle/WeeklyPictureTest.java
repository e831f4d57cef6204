package se.linkoping.samverkan.estweeklycycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.zoned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyPictureTest {

    /** Week 47 of 2026: Monday 16 November to Sunday 22 November. */
    private static final Week WEEK_47 = new Week(LocalDate.of(2026, 11, 16), STOCKHOLM);

    private final List<ReportFact> reports = new ArrayList<>();

    @Test
    void oneProblemPerDistrictAndCategoryWithItsCount() {
        report("ryd", "skadegorelse", "Rydstorget", "2026-11-16T10:00");
        report("ryd", "skadegorelse", "Rydsvägen 12", "2026-11-18T22:00");
        report("ryd", "narkotika", "Rydskogen", "2026-11-19T20:00");
        report("berga", "skadegorelse", "Bergadalen", "2026-11-22T23:59");

        assertThat(picture())
                .extracting(Problem::district, Problem::category, Problem::place, Problem::reportsThisWeek)
                .containsExactly(
                        tuple("berga", "skadegorelse", null, 1),
                        tuple("ryd", "narkotika", null, 1),
                        tuple("ryd", "skadegorelse", null, 2));
    }

    @Test
    void aPlaceReportedAgainBecomesAHotSpotBesideItsDistrict() {
        report("skaggetorp", "ordningsstorning", "Skäggetorps centrum", "2026-11-16T21:00");
        report("skaggetorp", "ordningsstorning", " skäggetorps  centrum.", "2026-11-17T21:00");
        report("skaggetorp", "ordningsstorning", "Gillbergska gatan", "2026-11-18T21:00");

        assertThat(picture())
                .extracting(Problem::place, Problem::reportsThisWeek, Problem::isHotSpot)
                .containsExactly(tuple(null, 3, false), tuple("Skäggetorps centrum", 2, true));
    }

    @Test
    void theWeekRunsFromMondayMidnightToSundayMidnightSwedishTime() {
        report("ryd", "skadegorelse", "a", "2026-11-15T23:59"); // Sunday of week 46
        report("ryd", "skadegorelse", "b", "2026-11-16T00:00"); // Monday of week 47
        report("ryd", "skadegorelse", "c", "2026-11-22T23:59"); // Sunday of week 47
        report("ryd", "skadegorelse", "d", "2026-11-23T00:00"); // Monday of week 48

        assertThat(picture()).singleElement()
                .extracting(Problem::reportsThisWeek).isEqualTo(2);
        assertThat(WEEK_47.label()).isEqualTo("vecka 47 2026");
    }

    @Test
    void aWeekOfSummerTimeChangeIsStillMondayToMonday() {
        Week march = Week.containing(Instant.parse("2026-03-29T12:00:00Z"), STOCKHOLM);

        assertThat(march.monday()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(march.start()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void aWeekMustStartOnAMonday() {
        assertThatThrownBy(() -> new Week(LocalDate.of(2026, 11, 17), STOCKHOLM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} reports against {1} a week before gives {2}")
    @CsvSource({
            "6, 2, RISING",    // +4 and three times as many
            "4, 2, RISING",    // +2 and twice as many: just enough
            "3, 2, STABLE",    // +1 only
            "2, 0, RISING",    // new: +2
            "1, 0, STABLE",    // a single report is no trend
            "12, 10, STABLE",  // +2 but only 1.2 times
            "0, 2, FALLING",
            "1, 2, STABLE",
            "5, 10, FALLING",
            "7, 10, STABLE"})
    void trendAgainstTheAverageOfTheFourWeeksBefore(int thisWeek, int perWeekBefore, Trend expected) {
        for (int back = 1; back <= 4; back++) {
            for (int i = 0; i < perWeekBefore; i++) {
                report("lambohov", "vald-hot", "plats " + back + "-" + i,
                        WEEK_47.monday().minusWeeks(back).atTime(12, 0).toString());
            }
        }
        for (int i = 0; i < thisWeek; i++) {
            report("lambohov", "vald-hot", "plats " + i, "2026-11-17T12:00");
        }
        report("lambohov", "ovrigt", "annat", "2026-11-17T12:00"); // keeps the picture non-empty when thisWeek is 0

        assertThat(picture())
                .filteredOn(p -> p.category().equals("vald-hot") && !p.isHotSpot())
                .extracting(Problem::trend)
                .containsExactly(thisWeek == 0 ? new Trend[0] : new Trend[] {expected});
        assertThat(Trend.of(thisWeek, perWeekBefore)).isEqualTo(expected);
    }

    @Test
    void consecutiveWeeksCountBackUntilAQuietWeek() {
        report("ekholmen", "anlagd-brand", "Ekholmstorget", "2026-11-17T02:00");
        report("ekholmen", "anlagd-brand", "x", "2026-11-10T02:00"); // week 46
        report("ekholmen", "anlagd-brand", "y", "2026-11-03T02:00"); // week 45
        // week 44 quiet
        report("ekholmen", "anlagd-brand", "z", "2026-10-20T02:00"); // week 43

        Problem fire = picture().get(0);

        assertThat(fire.consecutiveWeeks()).isEqualTo(3);
        assertThat(fire.previousWeeksAverage()).isEqualTo(0.75);
    }

    @Test
    void aHotSpotHasItsOwnHistory() {
        report("ryd", "narkotika", "Rydskogen", "2026-11-16T20:00");
        report("ryd", "narkotika", "Rydskogen", "2026-11-17T20:00");
        report("ryd", "narkotika", "Rydskogen", "2026-11-10T20:00");
        report("ryd", "narkotika", "Rydstorget", "2026-11-03T20:00");

        List<Problem> picture = picture();

        assertThat(picture).extracting(Problem::place, Problem::consecutiveWeeks)
                .containsExactly(tuple(null, 3), tuple("Rydskogen", 2));
    }

    @Test
    void aQuietWeekHasNoProblems() {
        report("ryd", "narkotika", "Rydskogen", "2026-11-10T20:00");

        assertThat(picture()).isEmpty();
    }

    /** The picture of week 47 from the reports, counted per week as the SQL query of the cycle counts them. */
    private List<Problem> picture() {
        Map<ReportCount, Integer> counts = new LinkedHashMap<>();
        for (ReportFact r : reports) {
            if (r.occurredAt().isBefore(WEEK_47.end())) {
                int back = (int) ChronoUnit.WEEKS.between(Week.containing(r.occurredAt(), STOCKHOLM).monday(),
                        WEEK_47.monday());
                counts.merge(new ReportCount(r.district(), r.category(), r.place(), back, 0), 1, Integer::sum);
            }
        }
        return WeeklyPicture.of(counts.entrySet().stream().map(e -> new ReportCount(e.getKey().district(),
                e.getKey().category(), e.getKey().place(), e.getKey().weeksBack(), e.getValue())).toList());
    }

    @Test
    void thePictureComesFromCountsAloneWhateverHistoryLiesBehindThem() {
        List<ReportCount> counts = List.of(
                new ReportCount("ryd", "narkotika", "Rydskogen", 0, 3),
                new ReportCount("ryd", "narkotika", "rydskogen.", 0, 1),
                new ReportCount("ryd", "narkotika", "Rydskogen", 1, 2),
                new ReportCount("ryd", "narkotika", "Rydstorget", 2, 4),
                new ReportCount("ryd", "narkotika", "Rydstorget", 4, 2));

        assertThat(WeeklyPicture.of(counts))
                .extracting(Problem::place, Problem::reportsThisWeek, Problem::previousWeeksAverage, Problem::trend,
                        Problem::consecutiveWeeks)
                .containsExactly(tuple(null, 4, 2.0, Trend.RISING, 3),
                        tuple("Rydskogen", 4, 0.5, Trend.RISING, 2));
    }

    private void report(String district, String category, String place, String localTime) {
        reports.add(new ReportFact(district, category, place,
                zoned(localTime).toInstant()));
    }
}

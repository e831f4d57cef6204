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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Rydstorget|rydstorget", "\" Rydstorget \"|rydstorget", "rydstorget.|rydstorget",
            "RYDSTORGET!!;|rydstorget", "Ryd   torget|ryd torget", "\"Ryd\t\ttorget .\"|\"ryd torget \"",
            "Östra Ågatan, vid kiosken.|östra ågatan, vid kiosken", "...|''", "Gatan 12:|gatan 12"})
    void aPlaceIsTheSameWhateverItsCaseSpacesAndFinalPunctuation(String typed, String normalised) {
        assertThat(WeeklyPicture.normalised(typed)).isEqualTo(normalised.equals("''") ? "" : normalised);
        // as the two regular expressions it replaced gave it
        assertThat(WeeklyPicture.normalised(typed)).isEqualTo(typed.strip().toLowerCase(java.util.Locale.forLanguageTag(
                "sv-SE")).replaceAll("\\s+", " ").replaceAll("[.,;:!]+$", ""));
    }

    @Test
    void aQuietWeekHasNoProblems() {
        report("ryd", "narkotika", "Rydskogen", "2026-11-10T20:00");

        assertThat(picture()).isEmpty();
    }

    /** The picture of week 47 from the reports, counted per week as the SQL query of the cycle counts them. */
    private List<Problem> picture() {
        return WeeklyPicture.of(counts(WEEK_47, WeeklyPicture.HISTORY_WEEKS));
    }

    /** The reports of a week and of the weeks before it, counted per week as the SQL query of the cycle counts them. */
    private List<ReportCount> counts(Week week, int weeksBack) {
        Map<ReportCount, Integer> counts = new LinkedHashMap<>();
        for (ReportFact r : reports) {
            if (r.occurredAt().isBefore(week.end()) && !r.occurredAt().isBefore(week.minusWeeks(weeksBack).start())) {
                int back = (int) ChronoUnit.WEEKS.between(Week.containing(r.occurredAt(), STOCKHOLM).monday(),
                        week.monday());
                counts.merge(new ReportCount(r.district(), r.category(), r.place(), back, 0), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new ReportCount(e.getKey().district(),
                e.getKey().category(), e.getKey().place(), e.getKey().weeksBack(), e.getValue())).toList();
    }

    @Test
    void aWeekCarriedOnFromLastWeeksRunsIsTheWeekCountedFromAllHistoryAcrossTheTurnOfTheYear() {
        // 2026 has 53 ISO weeks: week 53 (28 December) is followed by week 1 of 2027 (4 January)
        Week week53 = new Week(LocalDate.of(2026, 12, 28), STOCKHOLM);
        assertThat(week53.label()).isEqualTo("vecka 53 2026");
        assertThat(week53.minusWeeks(-1).label()).isEqualTo("vecka 1 2027");
        Week first = week53.minusWeeks(70);
        java.util.Random random = new java.util.Random(47);
        for (int w = 0; w <= 76; w++) {
            LocalDate monday = first.minusWeeks(-w).monday();
            // every week for more than a year: a run longer than the weeks a picture counts back
            report("ryd", "vald-hot", "Rydstorget", monday.plusDays(2).atTime(21, 0).toString());
            // now and then, at a few places: runs that break, places reported once (no hot spot, still a run)
            for (int i = 0; i < 6; i++) {
                if (random.nextInt(3) > 0) {
                    report("berga", i % 2 == 0 ? "skadegorelse" : "narkotika", "Plats " + random.nextInt(3),
                            monday.plusDays(random.nextInt(7)).atTime(random.nextInt(24), 0).toString());
                }
            }
            // in the last two weeks of 2026 and the first of 2027 only
            if (monday.getYear() == 2026 && monday.getMonthValue() == 12 && monday.getDayOfMonth() >= 21
                    || monday.equals(LocalDate.of(2027, 1, 4))) {
                report("lambohov", "anlagd-brand", "Lambohovsskolan", monday.atTime(23, 30).toString());
            }
        }

        Week start = week53.minusWeeks(8);
        WeeklyPicture.Compiled last = WeeklyPicture.compile(counts(start, WeeklyPicture.HISTORY_WEEKS),
                WeeklyPicture.HISTORY_WEEKS, null);
        for (Week week = start.minusWeeks(-1); !week.monday().isAfter(week53.minusWeeks(-6).monday());
             week = week.minusWeeks(-1)) {
            WeeklyPicture.Compiled counted = WeeklyPicture.compile(counts(week, WeeklyPicture.HISTORY_WEEKS),
                    WeeklyPicture.HISTORY_WEEKS, null);
            WeeklyPicture.Compiled carried = WeeklyPicture.compile(counts(week, WeeklyPicture.TREND_WEEKS),
                    WeeklyPicture.TREND_WEEKS, last.runsToCarry());

            assertThat(carried.problems()).as(week.label()).isEqualTo(counted.problems());
            assertThat(carried.runs()).as(week.label()).isEqualTo(counted.runs());
            // what is left out of the carried runs: places whose run no more than the weeks counted could show
            assertThat(carried.runs()).as(week.label()).containsAllEntriesOf(carried.runsToCarry());
            carried.runs().forEach((key, run) -> assertThat(carried.runsToCarry().containsKey(key))
                    .as(key + " run " + run).isEqualTo(key.place() == null || run > WeeklyPicture.TREND_WEEKS));
            last = carried;
        }
        assertThat(last.problems()).filteredOn(p -> p.district().equals("ryd") && p.place() == null).singleElement()
                .extracting(Problem::consecutiveWeeks).isEqualTo(WeeklyPicture.HISTORY_WEEKS + 1);
        assertThat(last.runs()).containsEntry(new WeeklyPicture.Key("ryd", "vald-hot", "rydstorget"),
                WeeklyPicture.HISTORY_WEEKS + 1);
        Week week1 = week53.minusWeeks(-1);
        assertThat(WeeklyPicture.compile(counts(week1, WeeklyPicture.TREND_WEEKS), WeeklyPicture.TREND_WEEKS,
                WeeklyPicture.compile(counts(week53, WeeklyPicture.HISTORY_WEEKS), WeeklyPicture.HISTORY_WEEKS, null)
                        .runsToCarry()).problems())
                .filteredOn(p -> p.district().equals("lambohov") && p.place() == null).singleElement()
                .extracting(Problem::consecutiveWeeks).isEqualTo(3);
    }

    @Test
    void aRunCarriedFromLastWeekGoesOnOnlyWhileTheWeeksCountedShowNoQuietWeek() {
        Map<WeeklyPicture.Key, Integer> lastWeek = Map.of(new WeeklyPicture.Key("ryd", "narkotika", null), 10,
                new WeeklyPicture.Key("ryd", "narkotika", "rydskogen"), 10);
        List<ReportCount> counts = new ArrayList<>();
        for (int back = 0; back <= WeeklyPicture.TREND_WEEKS; back++) {
            counts.add(new ReportCount("ryd", "narkotika", "Rydskogen", back, back == 2 ? 0 : 2));
        }
        counts.add(new ReportCount("ryd", "narkotika", "Rydstorget", 2, 1));

        // Rydskogen was quiet two weeks ago (a report entered late would show here): its run is counted, not carried
        assertThat(WeeklyPicture.compile(counts, WeeklyPicture.TREND_WEEKS, lastWeek).problems())
                .extracting(Problem::place, Problem::consecutiveWeeks)
                .containsExactly(tuple(null, 11), tuple("Rydskogen", 2));
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

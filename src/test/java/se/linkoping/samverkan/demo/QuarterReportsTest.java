package se.linkoping.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.system.Swedish;

/** The reports of the simulated quarter: the same every time, realistic in spread, and free of personal data. */
class QuarterReportsTest {

    private final Quarter quarter = Quarter.endingAt(
            LocalDateTime.parse("2026-12-01T21:00").atZone(Swedish.ZONE).toInstant());
    private final QuarterReports reports = new QuarterReports(quarter);

    @Test
    void theSameQuarterGivesTheSameReports() {
        assertThat(reports.week(4, -1)).isEqualTo(new QuarterReports(quarter).week(4, -1));
    }

    @Test
    void everyWeekHasReportsAcrossTheCityWithinTheQuarter() {
        List<PlannedReport> all = new ArrayList<>();
        for (int week = 0; week <= quarter.lastWeek(); week++) {
            List<PlannedReport> inWeek = reports.week(week, -1);
            if (week < quarter.lastWeek()) {
                assertThat(inWeek.stream().map(PlannedReport::district).distinct()).hasSizeGreaterThanOrEqualTo(5);
            }
            assertThat(inWeek).isSortedAccordingTo(java.util.Comparator.comparing(PlannedReport::receivedAt));
            all.addAll(inWeek);
        }
        assertThat(all).hasSizeBetween(150, 400);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.occurredAt()).isAfter(quarter.start());
            assertThat(r.receivedAt()).isAfterOrEqualTo(r.occurredAt()).isBefore(quarter.end());
        });
        assertThat(all.stream().map(PlannedReport::category).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all.stream().map(PlannedReport::source).distinct()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void reportsUseTheReferenceDataAndHoldNoPersonalData() throws IOException {
        String seed = new String(getClass().getResourceAsStream("/db/migration/V2__seed_linkoping_reference_data.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        List<PlannedReport> all = new ArrayList<>();
        for (int week = 0; week <= quarter.lastWeek(); week++) {
            all.addAll(reports.week(week, 5));
        }
        Set<String> codes = codes(seed);
        assertThat(all).allSatisfy(r -> {
            assertThat(codes).contains(r.district(), r.category(), r.source());
            assertThat(PersonalIdentityNumbers.containsOne(r.description() + " " + r.place())).isFalse();
            assertThat(r.place().length()).isLessThanOrEqualTo(200);
        });
    }

    @Test
    void theRisingProblemRisesForWeeksAndFallsOnceDecidedAtTheTop() {
        int[] rising = new int[6];
        for (int week = 0; week < rising.length; week++) {
            rising[week] = QuarterReports.chain(week, -1);
        }
        assertThat(rising).startsWith(1, 2, 3, 5, 6);
        assertThat(rising[3]).isGreaterThanOrEqualTo(Storyline.CHAIN_RAISE_REPORTS);
        assertThat(QuarterReports.chain(8, 7)).isLessThan(QuarterReports.chain(7, 7));
        assertThat(QuarterReports.chain(11, 7)).isLessThan(QuarterReports.chain(9, 7)).isPositive();
    }

    private static Set<String> codes(String sql) {
        Matcher matcher = Pattern.compile("\\('([a-z-]+)'").matcher(sql);
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}

package se.linkoping.samverkan.estweeklycycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns incident reports into the problems of one week's situational picture: one problem per
 * district and category with reports this week, and a hot spot for every place there that was reported
 * at least {@link #HOT_SPOT_REPORTS} times. Each gets its trend against the previous
 * {@link #TREND_WEEKS} weeks and the number of consecutive weeks it has been active.
 */
public final class WeeklyPicture {

    public static final int TREND_WEEKS = 4;
    public static final int HOT_SPOT_REPORTS = 2;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private WeeklyPicture() {
    }

    /**
     * @param week    the week of the picture
     * @param reports the week's reports and those of earlier weeks (for trend and consecutive weeks);
     *                reports outside that span are ignored
     */
    public static List<Problem> of(Week week, List<ReportFact> reports) {
        Map<Key, List<ReportFact>> thisWeek = reports.stream()
                .filter(r -> week.contains(r.occurredAt()))
                .collect(Collectors.groupingBy(r -> new Key(r.district(), r.category(), null),
                        LinkedHashMap::new, Collectors.toList()));
        List<Problem> problems = new ArrayList<>();
        thisWeek.forEach((area, inArea) -> {
            problems.add(problem(week, area, null, inArea.size(), reports));
            inArea.stream()
                    .collect(Collectors.groupingBy(r -> normalised(r.place()), LinkedHashMap::new, Collectors.toList()))
                    .forEach((place, atPlace) -> {
                        if (atPlace.size() >= HOT_SPOT_REPORTS) {
                            Key spot = new Key(area.district(), area.category(), place);
                            problems.add(problem(week, spot, atPlace.get(0).place().strip(), atPlace.size(), reports));
                        }
                    });
        });
        problems.sort(Comparator.comparing(Problem::district).thenComparing(Problem::category)
                .thenComparing(Problem::place, Comparator.nullsFirst(Comparator.naturalOrder())));
        return problems;
    }

    private static Problem problem(Week week, Key key, String placeShown, int count, List<ReportFact> reports) {
        int previous = 0;
        for (int back = 1; back <= TREND_WEEKS; back++) {
            previous += countIn(week.minusWeeks(back), key, reports);
        }
        double average = previous / (double) TREND_WEEKS;
        int consecutive = 1;
        while (countIn(week.minusWeeks(consecutive), key, reports) > 0) {
            consecutive++;
        }
        return new Problem(key.district(), key.category(), placeShown, count, average, Trend.of(count, average),
                consecutive);
    }

    private static long countIn(Week week, Key key, List<ReportFact> reports) {
        return reports.stream().filter(r -> week.contains(r.occurredAt()) && key.matches(r)).count();
    }

    /** Places are typed by people: "Rydstorget", "rydstorget." and " Rydstorget " are the same place. */
    static String normalised(String place) {
        return place.strip().toLowerCase(SWEDISH).replaceAll("\\s+", " ").replaceAll("[.,;:!]+$", "");
    }

    private record Key(String district, String category, String place) {

        boolean matches(ReportFact report) {
            return district.equals(report.district()) && category.equals(report.category())
                    && (place == null || Objects.equals(place, normalised(report.place())));
        }
    }
}

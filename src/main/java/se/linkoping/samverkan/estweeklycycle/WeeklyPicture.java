package se.linkoping.samverkan.estweeklycycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        WeeklyCounts counts = WeeklyCounts.of(week, reports);
        List<Problem> problems = new ArrayList<>();
        thisWeek.forEach((area, inArea) -> {
            problems.add(problem(week, area, null, inArea.size(), counts));
            inArea.stream()
                    .collect(Collectors.groupingBy(r -> normalised(r.place()), LinkedHashMap::new, Collectors.toList()))
                    .forEach((place, atPlace) -> {
                        if (atPlace.size() >= HOT_SPOT_REPORTS) {
                            Key spot = new Key(area.district(), area.category(), place);
                            problems.add(problem(week, spot, atPlace.get(0).place().strip(), atPlace.size(), counts));
                        }
                    });
        });
        problems.sort(Comparator.comparing(Problem::district).thenComparing(Problem::category)
                .thenComparing(Problem::place, Comparator.nullsFirst(Comparator.naturalOrder())));
        return problems;
    }

    private static Problem problem(Week week, Key key, String placeShown, int count, WeeklyCounts counts) {
        int previous = 0;
        for (int back = 1; back <= TREND_WEEKS; back++) {
            previous += counts.in(week.minusWeeks(back), key);
        }
        double average = previous / (double) TREND_WEEKS;
        int consecutive = 1;
        while (counts.in(week.minusWeeks(consecutive), key) > 0) {
            consecutive++;
        }
        return new Problem(key.district(), key.category(), placeShown, count, average, Trend.of(count, average),
                consecutive);
    }

    /**
     * The reports counted once per week, for each district and category and each place there: every
     * problem's trend and run of weeks are then looked up, not counted again over all reports.
     */
    private record WeeklyCounts(Map<Key, Map<LocalDate, Integer>> counts) {

        static WeeklyCounts of(Week week, List<ReportFact> reports) {
            Map<Key, Map<LocalDate, Integer>> counts = new HashMap<>();
            for (ReportFact r : reports) {
                if (!r.occurredAt().isBefore(week.end())) {
                    continue;
                }
                LocalDate monday = Week.containing(r.occurredAt(), week.zone()).monday();
                for (Key key : List.of(new Key(r.district(), r.category(), null),
                        new Key(r.district(), r.category(), normalised(r.place())))) {
                    counts.computeIfAbsent(key, k -> new HashMap<>()).merge(monday, 1, Integer::sum);
                }
            }
            return new WeeklyCounts(counts);
        }

        int in(Week week, Key key) {
            return counts.getOrDefault(key, Map.of()).getOrDefault(week.monday(), 0);
        }
    }

    /** Places are typed by people: "Rydstorget", "rydstorget." and " Rydstorget " are the same place. */
    static String normalised(String place) {
        return place.strip().toLowerCase(SWEDISH).replaceAll("\\s+", " ").replaceAll("[.,;:!]+$", "");
    }

    private record Key(String district, String category, String place) {
    }
}

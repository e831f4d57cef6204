package se.linkoping.samverkan.estweeklycycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns incident reports into the problems of one week's situational picture: one problem per
 * district and category with reports this week, and a hot spot for every place there that was reported
 * at least {@link #HOT_SPOT_REPORTS} times. Each gets its trend against the previous
 * {@link #TREND_WEEKS} weeks and the number of consecutive weeks it has been active.
 */
public final class WeeklyPicture {

    public static final int TREND_WEEKS = 4;
    public static final int HOT_SPOT_REPORTS = 2;
    /** How far back reports are counted for consecutive weeks (and so for trends). */
    static final int HISTORY_WEEKS = 52;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private WeeklyPicture() {
    }

    /** The starts of the weeks a picture counts reports in: its own week first, then each week before it. */
    public static List<Instant> weekStarts(Week week) {
        return IntStream.rangeClosed(0, HISTORY_WEEKS).mapToObj(back -> week.minusWeeks(back).start()).toList();
    }

    /**
     * The picture from the reports counted per district, category, place and week (as one grouped SQL query
     * gives them): the week's own (0) and the weeks before it, as far back as a run of active weeks is to be
     * counted. Every problem's trend and run of weeks is looked up, never counted again.
     */
    public static List<Problem> of(List<ReportCount> counts) {
        Map<Key, Map<Integer, Integer>> perWeek = new HashMap<>();
        Map<Key, String> shown = new HashMap<>();
        for (ReportCount c : counts) {
            Key area = new Key(c.district(), c.category(), null);
            Key spot = new Key(c.district(), c.category(), normalised(c.place()));
            perWeek.computeIfAbsent(area, k -> new HashMap<>()).merge(c.weeksBack(), c.reports(), Integer::sum);
            perWeek.computeIfAbsent(spot, k -> new HashMap<>()).merge(c.weeksBack(), c.reports(), Integer::sum);
            if (c.weeksBack() == 0) {
                shown.merge(spot, c.place().strip(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Problem> problems = new ArrayList<>();
        perWeek.forEach((key, weeks) -> {
            int count = weeks.getOrDefault(0, 0);
            if (count > 0 && (key.place() == null || count >= HOT_SPOT_REPORTS)) {
                problems.add(problem(key, key.place() == null ? null : shown.get(key), count, weeks));
            }
        });
        problems.sort(Comparator.comparing(Problem::district).thenComparing(Problem::category)
                .thenComparing(Problem::place, Comparator.nullsFirst(Comparator.naturalOrder())));
        return problems;
    }

    private static Problem problem(Key key, String placeShown, int count, Map<Integer, Integer> weeks) {
        int previous = 0;
        for (int back = 1; back <= TREND_WEEKS; back++) {
            previous += weeks.getOrDefault(back, 0);
        }
        double average = previous / (double) TREND_WEEKS;
        int consecutive = 1;
        while (weeks.getOrDefault(consecutive, 0) > 0) {
            consecutive++;
        }
        return new Problem(key.district(), key.category(), placeShown, count, average, Trend.of(count, average),
                consecutive);
    }

    /** Places are typed by people: "Rydstorget", "rydstorget." and " Rydstorget " are the same place. */
    static String normalised(String place) {
        return place.strip().toLowerCase(SWEDISH).replaceAll("\\s+", " ").replaceAll("[.,;:!]+$", "");
    }

    private record Key(String district, String category, String place) {
    }
}

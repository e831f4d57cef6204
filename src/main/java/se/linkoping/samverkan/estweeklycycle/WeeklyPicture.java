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
 * {@link #TREND_WEEKS} weeks and the number of consecutive weeks it has been active (at most
 * {@link #HISTORY_WEEKS} weeks back), carried on from last week's picture where there is one.
 */
public final class WeeklyPicture {

    public static final int TREND_WEEKS = 4;
    public static final int HOT_SPOT_REPORTS = 2;
    /** How far back reports are counted for consecutive weeks (and so for trends). */
    static final int HISTORY_WEEKS = 52;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** What a place typed by a person may end in, and is the same place without. */
    private static final String TRAILING_PUNCTUATION = ".,;:!";

    private WeeklyPicture() {
    }

    /** The starts of the weeks a picture counts reports in: its own week first, then each week before it. */
    public static List<Instant> weekStarts(Week week) {
        return weekStarts(week, HISTORY_WEEKS);
    }

    /** The starts of a week and of the {@code weeksBack} weeks before it, its own first. */
    public static List<Instant> weekStarts(Week week, int weeksBack) {
        return IntStream.rangeClosed(0, weeksBack).mapToObj(back -> week.minusWeeks(back).start()).toList();
    }

    /**
     * The picture from the reports counted per district, category, place and week (as one grouped SQL query
     * gives them): the week's own (0) and the weeks before it, as far back as a run of active weeks is to be
     * counted. Every problem's trend and run of weeks is looked up, never counted again.
     */
    public static List<Problem> of(List<ReportCount> counts) {
        return compile(counts, HISTORY_WEEKS, null).problems();
    }

    /**
     * The picture from the reports counted in the week and the {@code weeksCounted} weeks before it, with the
     * runs of active weeks each area and place had up to the week before ({@code before}, as the previous
     * week's picture stored them; null when there is none, and then the counts must reach
     * {@link #HISTORY_WEEKS} back). A run that the counts show unbroken to their first week goes on from the
     * one carried: so the reports of the last {@link #TREND_WEEKS} weeks and last week's runs give the same
     * picture as a year of reports, whatever history lies behind them.
     *
     * @return the problems, and the run of every area and place with reports this week for the next week
     */
    public static Compiled compile(List<ReportCount> counts, int weeksCounted, Map<Key, Integer> before) {
        // reports per week back, for the weeks a run or a trend reads (an array per area and place: a week of
        // 10,000 reports has about as many places)
        int span = Math.max(weeksCounted, TREND_WEEKS) + 1;
        Map<Key, int[]> perWeek = new HashMap<>(counts.size() * 2);
        Map<Key, String> shown = new HashMap<>();
        for (ReportCount c : counts) {
            if (c.weeksBack() < 0 || c.weeksBack() >= span) {
                continue;
            }
            Key spot = new Key(c.district(), c.category(), normalised(c.place()));
            perWeek.computeIfAbsent(new Key(c.district(), c.category(), null), k -> new int[span])[c.weeksBack()]
                    += c.reports();
            perWeek.computeIfAbsent(spot, k -> new int[span])[c.weeksBack()] += c.reports();
            if (c.weeksBack() == 0) {
                shown.merge(spot, c.place().strip(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<Key, Integer> runs = new HashMap<>();
        perWeek.forEach((key, weeks) -> {
            int count = weeks[0];
            if (count > 0) {
                int run = run(key, weeks, weeksCounted, before);
                runs.put(key, run);
                if (key.place() == null || count >= HOT_SPOT_REPORTS) {
                    problems.add(problem(key, key.place() == null ? null : shown.get(key), count, weeks, run));
                }
            }
        });
        problems.sort(Comparator.comparing(Problem::district).thenComparing(Problem::category)
                .thenComparing(Problem::place, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Compiled(problems, runs);
    }

    /**
     * Weeks in a row with reports, this one included, counted at most {@link #HISTORY_WEEKS} back: from the
     * counts while they show a quiet week, else on from the run carried from last week.
     */
    private static int run(Key key, int[] weeks, int weeksCounted, Map<Key, Integer> before) {
        int run = 1;
        while (run <= weeksCounted && weeks[run] > 0) {
            run++;
        }
        if (before != null && run > weeksCounted) {
            // active in every week counted: last week's run reached at least as far (more, if reports came late)
            run = 1 + Math.max(before.getOrDefault(key, 0), weeksCounted);
        }
        return Math.min(run, HISTORY_WEEKS + 1);
    }

    private static Problem problem(Key key, String placeShown, int count, int[] weeks, int run) {
        int previous = 0;
        for (int back = 1; back <= TREND_WEEKS; back++) {
            previous += weeks[back];
        }
        double average = previous / (double) TREND_WEEKS;
        return new Problem(key.district(), key.category(), placeShown, count, average, Trend.of(count, average), run);
    }

    /**
     * Places are typed by people: "Rydstorget", "rydstorget." and " Rydstorget " are the same place. In lower case,
     * each run of white space one space, without the punctuation it ends in (one pass: a week has ~10,000 places).
     */
    static String normalised(String place) {
        String lower = place.strip().toLowerCase(SWEDISH);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** A district and category as a whole ({@code place} null), or a place within them as normalised. */
    public record Key(String district, String category, String place) {
    }

    /** A week's problems, and the run of weeks of every area and place with reports in it. */
    public record Compiled(List<Problem> problems, Map<Key, Integer> runs) {

        /**
         * The runs the next week needs: it counts the {@link #TREND_WEEKS} weeks before it and goes on from a
         * carried run only when all of them had reports, taking the longer of the two — so a run of no more
         * than {@link #TREND_WEEKS} weeks changes nothing and is left out for places (most places are reported
         * once). Every area's run is kept, so that a week with reports always leaves runs behind.
         */
        public Map<Key, Integer> runsToCarry() {
            Map<Key, Integer> carried = new HashMap<>();
            runs.forEach((key, run) -> {
                if (key.place() == null || run > TREND_WEEKS) {
                    carried.put(key, run);
                }
            });
            return carried;
        }
    }
}

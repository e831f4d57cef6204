package se.linkoping.samverkan.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The incident reports of the simulated quarter, one week at a time: everyday reports in the districts of
 * Linköping at rates typical of each district and category, and the reports of the {@link Storyline}. The
 * same quarter gives the same reports (the randomness is seeded by the week); only the rising problem
 * depends on the course of things: its reports fall once the political steering group has decided it.
 */
final class QuarterReports {

    /**
     * Reports a week of a district and category: how many on average, the type of place (as EST would
     * judge it), where, from which sources, at which hours (up to 30 = 06:00 the next day), and whether
     * they cluster on Friday and Saturday.
     */
    record Pattern(String district, String category, double perWeek, String placeType, List<String> places,
                   List<String> sources, int fromHour, int toHour, boolean weekends) {
    }

    /** The everyday reports. */
    static final List<Pattern> EVERYDAY = List.of(
            new Pattern("innerstaden", "ordningsstorning", 2.5, "centrum",
                    List.of("Stora torget", "Ågatan", "Trädgårdstorget", "Ågatan"),
                    List.of("polis", "trygghetsvardar", "polis", "medborgare"), 22, 27, true),
            new Pattern("innerstaden", "stold-inbrott", 1.5, "kollektivtrafik",
                    List.of("Resecentrum, cykelparkeringen", "Resecentrum, cykelparkeringen", "Storgatan"),
                    List.of("polis", "kollektivtrafik", "medborgare"), 7, 19, false),
            new Pattern("innerstaden", "vald-hot", 0.4, "centrum", List.of("Ågatan", "Stora torget"),
                    List.of("polis"), 23, 28, true),
            new Pattern("skaggetorp", "skadegorelse", 1.0, "bostadsomrade",
                    List.of("Skäggetorps centrum", "Gillbergska gatan", "Skäggetorpsvägen"),
                    List.of("bostadsbolag", "trygghetsvardar", "kommun"), 18, 24, false),
            new Pattern("skaggetorp", "ungdomar-riskmiljo", 0.6, "centrum", List.of("Skäggetorps centrum"),
                    List.of("trygghetsvardar", "skola", "polis"), 17, 23, false),
            new Pattern("ryd", "skadegorelse", 0.8, "bostadsomrade", List.of("Ryds centrum", "Rydsvägen", "Ryds allé"),
                    List.of("bostadsbolag", "kollektivtrafik", "trygghetsvardar"), 18, 25, false),
            new Pattern("ryd", "trafik-buskorning", 0.7, "bostadsomrade", List.of("Ryds allé", "Rydsvägen"),
                    List.of("polis", "medborgare", "trygghetsrad"), 17, 23, false),
            new Pattern("berga", "stold-inbrott", 0.5, "bostadsomrade", List.of("Bergavägen", "Berga centrum"),
                    List.of("polis", "bostadsbolag"), 0, 24, false),
            new Pattern("lambohov", "ungdomar-riskmiljo", 0.7, "centrum", List.of("Lambohovs centrum", "Slakaskolan"),
                    List.of("trygghetsvardar", "skola", "kommun"), 16, 23, false),
            new Pattern("lambohov", "skadegorelse", 0.5, "skola", List.of("Slakaskolan", "Lambohovs centrum"),
                    List.of("kommun", "skola", "bostadsbolag"), 17, 24, false),
            new Pattern("ekholmen", "trafik-buskorning", 0.5, "bostadsomrade", List.of("Ekholmsvägen"),
                    List.of("polis", "medborgare"), 17, 23, false),
            new Pattern("vasastaden", "stold-inbrott", 0.5, "bostadsomrade", List.of("Vasavägen", "Drottninggatan"),
                    List.of("polis", "bostadsbolag"), 0, 24, false),
            new Pattern("gottfridsberg", "skadegorelse", 0.4, "centrum",
                    List.of("Gottfridsbergs centrum", "Gottfridsbergsgatan"), List.of("bostadsbolag", "kommun"), 18, 24,
                    false),
            new Pattern("tannefors", "ordningsstorning", 0.4, "ovrigt", List.of("Tanneforsvägen", "Tannefors slussar"),
                    List.of("polis", "medborgare"), 21, 26, true),
            new Pattern("valla", "skadegorelse", 0.5, "ovrigt", List.of("Vallastaden", "Campus Valla"),
                    List.of("bostadsbolag", "kommun", "trygghetsvardar"), 19, 25, false));

    /** The story's own reports, week by week from week 0. */
    static final Pattern CHAIN = new Pattern(Storyline.CHAIN_DISTRICT, Storyline.CHAIN_CATEGORY, 0, "centrum",
            List.of("Skäggetorps centrum", "Skäggetorps centrum", "Gillbergska gatan", "Skäggetorpsvägen"),
            List.of("polis", "bostadsbolag", "trygghetsvardar", "medborgare", "polis"), 18, 24, false);
    static final Pattern ARSON = new Pattern(Storyline.ARSON_DISTRICT, Storyline.ARSON_CATEGORY, 0, "bostadsomrade",
            List.of("Bergavägen", "Berga centrum", "Bergavägen"), List.of("raddningstjanst", "bostadsbolag", "polis"), 0,
            5, false);
    static final Pattern TUNNEL = new Pattern(Storyline.TUNNEL_DISTRICT, Storyline.TUNNEL_CATEGORY, 0, "ovrigt",
            List.of("Gångtunneln under Rydsvägen"), List.of("trygghetsvardar", "trygghetsrad", "medborgare"), 17, 22,
            false);
    static final Pattern YOUTH = new Pattern(Storyline.YOUTH_DISTRICT, Storyline.YOUTH_CATEGORY, 0, "park-idrott",
            List.of("Ekholmens idrottsplats", "Ekholmens centrum"), List.of("trygghetsvardar", "skola", "polis"), 18, 24,
            false);
    static final Pattern SHOOTING = new Pattern("berga", "skottlossning-sprangning", 0, "bostadsomrade",
            List.of("Bergavägen"), List.of("polis"), 25, 27, true);
    static final Pattern THREAT = new Pattern(Storyline.ACUTE_DISTRICT, Storyline.ACUTE_CATEGORY, 0, "park-idrott",
            List.of(Storyline.ACUTE_PLACE), List.of("kommun", "polis"), 18, 21, false);

    /** The rising problem until it is decided at the top: it climbs for five weeks and stays high. */
    static final int[] CHAIN_RISING = {1, 2, 3, 5, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6};
    static final Map<Pattern, int[]> STORY = Map.of(
            ARSON, new int[] {0, 0, 0, 0, 0, 1, 3, 2, 1, 0, 1, 0, 0, 0},
            TUNNEL, new int[] {2, 3, 2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0},
            YOUTH, new int[] {0, 0, 0, 0, 0, 0, 2, 3, 2, 3, 2, 2, 1, 1},
            SHOOTING, new int[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            THREAT, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0});

    private final Quarter quarter;

    QuarterReports(Quarter quarter) {
        this.quarter = quarter;
    }

    /** The type of place of a district and category, as EST judges it from the reports. */
    static String placeType(String district, String category) {
        List<Pattern> all = new ArrayList<>(EVERYDAY);
        all.addAll(List.of(CHAIN, ARSON, TUNNEL, YOUTH, SHOOTING, THREAT));
        return all.stream().filter(p -> p.district().equals(district) && p.category().equals(category))
                .map(Pattern::placeType).findFirst().orElse("ovrigt");
    }

    /**
     * The reports of one week of the quarter, in the order they are received; only those that happen
     * after the simulation starts and reach Samverkan before it ends.
     *
     * @param week               0 to {@link Quarter#lastWeek()}
     * @param chainDecidedInWeek the week the political steering group decided the rising problem, or -1
     */
    List<PlannedReport> week(int week, int chainDecidedInWeek) {
        Random random = new Random(31L * week + 7);
        List<PlannedReport> reports = new ArrayList<>();
        for (Pattern pattern : EVERYDAY) {
            reports.addAll(reports(pattern, everyday(pattern.perWeek(), random), week, random));
        }
        reports.addAll(reports(CHAIN, chain(week, chainDecidedInWeek), week, random));
        STORY.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().district() + e.getKey().category()))
                .forEach(e -> reports.addAll(reports(e.getKey(), e.getValue()[week], week, random)));
        return reports.stream()
                .filter(r -> r.occurredAt().isAfter(quarter.start()) && r.receivedAt().isBefore(quarter.end()))
                .sorted(Comparator.comparing(PlannedReport::receivedAt))
                .toList();
    }

    /** The rising problem's reports in a week: rising, high, then falling after the decision at the top. */
    static int chain(int week, int decidedInWeek) {
        if (decidedInWeek < 0 || week <= decidedInWeek) {
            return CHAIN_RISING[Math.min(week, CHAIN_RISING.length - 1)];
        }
        return Math.max(1, 5 - (week - decidedInWeek));
    }

    private static int everyday(double perWeek, Random random) {
        int count = (int) Math.floor(perWeek) + (random.nextDouble() < perWeek - Math.floor(perWeek) ? 1 : 0);
        double noise = random.nextDouble();
        return Math.max(0, count + (noise < 0.15 ? -1 : noise > 0.85 ? 1 : 0));
    }

    private List<PlannedReport> reports(Pattern pattern, int count, int week, Random random) {
        List<PlannedReport> reports = new ArrayList<>();
        LocalDate monday = quarter.monday(week);
        for (int n = 0; n < count; n++) {
            int day = pattern.weekends() && random.nextDouble() < 0.7 ? 4 + random.nextInt(2) : random.nextInt(7);
            int hour = pattern.fromHour() + random.nextInt(Math.max(1, pattern.toHour() - pattern.fromHour()));
            LocalDate date = monday.plusDays(day + hour / 24);
            Instant occurred = Quarter.at(date, LocalTime.of(hour % 24, random.nextInt(60)));
            String source = pattern.sources().get(random.nextInt(pattern.sources().size()));
            String place = pattern.places().get(random.nextInt(pattern.places().size()));
            PlannedReport draft = new PlannedReport(pattern.district(), pattern.category(), place, occurred, occurred,
                    source, DemoTexts.report(pattern.category(), place, random));
            Duration delay = draft.throughApi() ? Duration.ofMinutes(4 + random.nextInt(40))
                    : Duration.ofMinutes(35 + random.nextInt(150));
            Instant received = occurred.plus(delay);
            // a report sent late on Sunday night still reaches the week's picture
            Instant nextCycle = Quarter.at(date.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY)),
                    LocalTime.of(6, 50));
            if (received.isAfter(nextCycle) && occurred.isBefore(nextCycle)) {
                received = nextCycle;
            }
            reports.add(new PlannedReport(draft.district(), draft.category(), place, occurred, received, source,
                    draft.description()));
        }
        return reports;
    }
}

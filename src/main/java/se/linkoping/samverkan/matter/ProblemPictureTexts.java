package se.linkoping.samverkan.matter;

import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.estweeklycycle.PictureRecords.ProblemOfWeek;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.system.Swedish;

/**
 * The latest picture of a matter's problem, as a deciding body reads it: the district and category in the
 * latest week's picture they were in — the reports and their trend, what EST made of them, the priority
 * and level the decision tables gave — and EST's summary of that week.
 */
@Component
class ProblemPictureTexts {

    private final PictureRecords pictures;
    private final WeeklyCycle weeklyCycle;

    ProblemPictureTexts(PictureRecords pictures, WeeklyCycle weeklyCycle) {
        this.pictures = pictures;
        this.weeklyCycle = weeklyCycle;
    }

    /** The latest picture of the matter's district and category, as of now. */
    String of(Matter matter) {
        if (matter.district() == null || matter.category() == null) {
            return "Ärendet gäller ingen stadsdel och kategori i EST:s lägesbild.";
        }
        List<ProblemOfWeek> latest = pictures.latestOn(matter.district(), matter.category());
        if (latest.isEmpty()) {
            return "Stadsdelen och kategorin har ännu inte funnits i EST:s lägesbild.";
        }
        String week = latest.get(0).weekLabel();
        String newest = pictures.latestPicture().map(PictureRecords.PictureSummary::weekLabel).orElse(week);
        StringBuilder text = new StringBuilder(week.equals(newest)
                ? "Senaste lägesbilden, " + week + ":"
                : "Inte med i senaste lägesbilden (" + newest + "); senast " + week + ":");
        for (ProblemOfWeek row : latest) {
            PictureProblem p = row.problem();
            text.append("\n\n• ").append(p.area()).append(": ").append(weeklyCycle.facts(p.id())).append(' ')
                    .append(judged(p));
            if (row.policeKnowledge() != null) {
                text.append("\n  Polisens kunskap och EST:s analys: ").append(row.policeKnowledge());
            }
        }
        String summary = latest.get(0).weekSummary();
        text.append("\n\nEST:s sammanfattning av ").append(week).append(": ")
                .append(summary == null ? "ännu inte skriven." : summary);
        return text.toString();
    }

    /** What EST and the decision tables made of a problem. */
    private static String judged(PictureProblem p) {
        return switch (p.status()) {
            case PROPOSED -> "Ännu inte analyserat av EST.";
            case MERGED -> "EST har slagit ihop det med ett annat av veckans problem.";
            case DISMISSED -> "Avfärdat av EST.";
            case CONFIRMED -> "Bekräftat av EST" + (p.priority() == null ? "; ännu inte prioriterat."
                    : ": prioritet " + priority(p.priority()) + ", hör hemma hos " + level(p.escalationLevel())
                    + (p.weeksPersisting() == null ? "" : ", " + weeks(p.weeksPersisting())
                    + " i rad med hög prioritet") + ".");
        };
    }

    /** The priority of problem-priority with its word: "2 (hög)". */
    static String priority(int priority) {
        String word = Swedish.priorityWord(priority);
        return word.isEmpty() ? String.valueOf(priority) : priority + " (" + word + ")";
    }

    private static String level(String level) {
        return OrganisationGroup.byId(level).map(OrganisationGroup::shortName).orElse(level);
    }

    private static String weeks(int n) {
        return n + (n == 1 ? " vecka" : " veckor");
    }
}

package se.linkoping.samverkan.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.CurrentTexts;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.system.Swedish;

/**
 * What a deciding body reads of the interventions a matter rests on, as of the moment it reads: done or not,
 * late or not, the result and who reported it, the effect and who followed it up. Groups and people by name.
 * Also keeps EST's list of interventions to follow up current when its weekly summary is opened.
 */
@Component
public class InterventionTexts implements CurrentTexts {

    /** EST's interventions to follow up as it sums up the week (est-weekly-summary). */
    static final String EST_FOLLOW_UP = "interventionsToFollowUp";

    private final InterventionRecords records;
    private final Interventions interventions;
    private final People people;
    private final Clock clock;

    public InterventionTexts(InterventionRecords records, Interventions interventions, People people, Clock clock) {
        this.records = records;
        this.interventions = interventions;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Set<String> variables() {
        return Set.of(EST_FOLLOW_UP);
    }

    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        return Optional.of(interventions.followUpOf(OrganisationGroup.EST.id()));
    }

    /**
     * The interventions decided on a matter, the late one it was raised for and those on its district and
     * category's problems, latest due first, as they stand today.
     */
    public String forMatter(long matterId, Long interventionId, String district, String category) {
        List<InterventionCourse> courses = records.coursesFor(matterId, interventionId, district, category);
        LocalDate today = LocalDate.now(clock.withZone(Swedish.ZONE));
        if (courses.isEmpty()) {
            return "Inga insatser är beslutade om ärendet eller om problemen i dess stadsdel och kategori (läget "
                    + Swedish.day(today) + ").";
        }
        Map<String, String> names = people.names(courses.stream()
                .flatMap(c -> Stream.of(c.decidedBy(), c.reportedBy(), c.followedUpBy()))
                .filter(Objects::nonNull).toList());
        StringBuilder text = new StringBuilder("Läget " + Swedish.day(today) + ", senaste slutdatum först:");
        for (InterventionCourse course : courses) {
            text.append("\n\n• ").append(course.title()).append(" – ").append(group(course.responsibleGroup()))
                    .append(". Beslutad ").append(Swedish.day(course.decidedAt())).append(" av ")
                    .append(group(course.decidedByBody())).append(" (").append(names.get(course.decidedBy()))
                    .append("), klar senast ").append(Swedish.day(course.dueDate())).append('.');
            for (String line : state(course, today, names)) {
                text.append("\n  ").append(line);
            }
        }
        return text.toString();
    }

    /** Done or not, late or not, the result and the effect, in the order they came. */
    private static List<String> state(InterventionCourse course, LocalDate today, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        if (course.status() == InterventionStatus.ONGOING) {
            long late = ChronoUnit.DAYS.between(course.dueDate(), today);
            lines.add(late > 0 ? "FÖRSENAD: " + days(late) + " efter slutdatum och ännu inte rapporterad."
                    : "Pågår, " + (late == 0 ? "slutdatum i dag." : days(-late) + " kvar till slutdatum."));
            return lines;
        }
        LocalDate reported = course.reportedAt().atZoneSameInstant(Swedish.ZONE).toLocalDate();
        long late = ChronoUnit.DAYS.between(course.dueDate(), reported);
        lines.add("Genomförd: rapporterad " + Swedish.day(reported) + " av " + names.get(course.reportedBy())
                + (late > 0 ? ", " + days(late) + " efter slutdatum." : ", i tid."));
        lines.add("Resultat: " + course.result());
        if (course.status() == InterventionStatus.FOLLOWED_UP) {
            lines.add("Uppföljd " + Swedish.day(course.followedUpAt()) + " av " + names.get(course.followedUpBy())
                    + ": effekt " + Interventions.effectName(course.effect()) + ". " + course.followUp());
        } else {
            lines.add("Effekten är ännu inte uppföljd.");
        }
        return lines;
    }

    private static String group(String id) {
        return OrganisationGroup.byId(id).map(OrganisationGroup::shortName).orElse(id);
    }

    private static String days(long n) {
        return n + (n == 1 ? " dag" : " dagar");
    }
}

package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.forms.CurrentTexts;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the tertial analysis's proposers and deciders read ({@code ${districtPlanTexts...}} in the processes,
 * kept current when a form is opened).
 */
@Component("districtPlanTexts")
public class DistrictPlanTexts implements CurrentTexts {

    static final String PLAN = "planText";
    static final String DISTRICT = "districtFacts";

    private final DistrictPlanRecords records;
    private final MeetingRecords meetings;
    private final PictureRecords pictures;
    private final ReferenceData referenceData;
    private final People people;
    private final Clock clock;

    public DistrictPlanTexts(DistrictPlanRecords records, MeetingRecords meetings, PictureRecords pictures,
                             ReferenceData referenceData, People people, Clock clock) {
        this.records = records;
        this.meetings = meetings;
        this.pictures = pictures;
        this.referenceData = referenceData;
        this.people = people;
        this.clock = clock;
    }

    /** What the proposers and deciders read about a district: its problems of the period, as of now. */
    public String districtFacts(String district) {
        LocalDate since = LocalDate.now(clock.withZone(Swedish.ZONE)).minusWeeks(DistrictPlans.TERTIAL_WEEKS);
        List<String> lines = pictures.confirmedInDistrict(district, since).stream()
                .map(c -> "\n• " + c.categoryName() + ": " + c.weeks() + (c.weeks() == 1 ? " vecka" : " veckor")
                        + " i lägesbilden, " + c.reports() + (c.reports() == 1 ? " rapport" : " rapporter")
                        + ", högsta prioritet " + priority(c.highestPriority()))
                .toList();
        return referenceData.districtName(district) + ", de senaste " + DistrictPlans.TERTIAL_WEEKS + " veckorna:"
                + (lines.isEmpty() ? "\n• Inga bekräftade problem." : String.join("", lines));
    }

    /** The plan as the steering group reads it in its task (cut to what a form variable holds). */
    public String planText(long planId) {
        return TextFields.forDisplay(basis(plan(planId)));
    }

    /**
     * The whole plan, as the decision record keeps it: who proposed it, when and at which meeting, with the
     * notes to that meeting's agenda.
     */
    String basis(DistrictPlan plan) {
        StringBuilder text = new StringBuilder("Förslag från ")
                .append(MeetingBody.COORDINATION_GROUP.swedishName().toLowerCase(Swedish.LOCALE)).append(" för ")
                .append(plan.districtName());
        if (plan.proposedBy() != null) {
            text.append(", av ").append(people.name(plan.proposedBy()));
        }
        Optional<DistrictPlanRecords.Proposal> proposal = records.proposalOf(plan.id());
        proposal.filter(p -> p.proposedAt() != null).ifPresent(p -> text.append(' ').append(Swedish.day(p.proposedAt())));
        text.append('.');
        proposal.flatMap(p -> meetings.agenda(p.meetingId())).map(MeetingRecords.Agenda::notes)
                .ifPresent(notes -> text.append(" Anteckningar till mötets dagordning: ").append(notes));
        return text.append("\n\nMål: ").append(plan.goals()).append("\n\nLägesbild: ").append(plan.picture())
                .append("\n\nHandlingsplan: ").append(plan.actionPlan()).toString();
    }

    @Override
    public Set<String> variables() {
        return Set.of(PLAN, DISTRICT);
    }

    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        Object planId = execution.getVariable("planId");
        if (PLAN.equals(variable)) {
            return planId instanceof Number id ? Optional.of(planText(id.longValue())) : Optional.empty();
        }
        Object district = planId instanceof Number id ? plan(id.longValue()).district() : execution.getVariable("district");
        return district == null ? Optional.empty() : Optional.of(TextFields.forDisplay(districtFacts(district.toString())));
    }

    private DistrictPlan plan(long planId) {
        return records.find(planId).orElseThrow(() -> new IllegalArgumentException("No district plan " + planId));
    }

    /** The priority of problem-priority with its word: "2 (hög)". */
    private static String priority(int priority) {
        String word = Swedish.priorityWord(priority);
        return word.isEmpty() ? String.valueOf(priority) : priority + " (" + word + ")";
    }
}

package se.linkoping.samverkan.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.Intervention;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.system.Swedish;

/**
 * The interventions' work: the responsible group reports a day or two before the due date — except the two
 * of the {@link Storyline} that run late — and the deciding body follows it up: EST at its Monday meeting,
 * the others two working days after the report.
 */
final class InterventionWork {

    private final Staff staff;
    private final InterventionRecords interventions;
    private final Areas areas;
    private final Course course;

    InterventionWork(Staff staff, InterventionRecords interventions, Areas areas, Course course) {
        this.staff = staff;
        this.interventions = interventions;
        this.areas = areas;
        this.course = course;
    }

    /**
     * When the responsible group reports. EST's interventions in the underpass in Ryd (reported after the
     * coordination group's decision on it) and for the young people in Ekholmen (still overdue at the end)
     * run late.
     */
    Optional<Instant> reportedAt(Task task) {
        Intervention i = of(task);
        Areas.Area area = areas.of(i);
        if (byEst(i) && area.is(Storyline.YOUTH_DISTRICT, Storyline.YOUTH_CATEGORY)) {
            return Optional.empty();
        }
        if (byEst(i) && area.is(Storyline.TUNNEL_DISTRICT, Storyline.TUNNEL_CATEGORY)) {
            return course.tunnelReportedAt();
        }
        Instant onTime = Quarter.workingTime(Quarter.at(i.dueDate().minusDays(i.id() % 3), LocalTime.of(14, 0)));
        Instant earliest = Quarter.workingDaysAfter(task.getCreateTime().toInstant(), 2, LocalTime.of(10, 0));
        return Optional.of(onTime.isAfter(earliest) ? onTime : earliest);
    }

    Instant followedUpAt(Task task) {
        Instant created = task.getCreateTime().toInstant();
        return byEst(of(task))
                // EST follows up at its Monday meeting
                ? Quarter.at(Quarter.day(created).with(TemporalAdjusters.next(DayOfWeek.MONDAY)), LocalTime.of(11, 0))
                : Quarter.workingDaysAfter(created, 2, LocalTime.of(10, 0));
    }

    void carryOut(Task task) {
        Intervention i = of(task);
        String category = areas.of(i).category();
        String result = byEst(i) && category != null
                ? DemoTexts.intervention(category, "").result()
                : "Genomförd enligt beslutet; redovisad till " + MeetingBody.byId(i.decidedByBody())
                        .map(MeetingBody::swedishName).orElse(i.decidedByBody()).toLowerCase(Swedish.LOCALE) + ".";
        staff.complete(task, staff.memberOf(i.responsibleGroup()), Map.of("result", result));
    }

    void followUp(Task task) {
        Intervention i = of(task);
        String effect = switch ((int) (i.id() % 5)) {
            case 3 -> "PARTLY";
            case 4 -> "NONE";
            default -> "GOOD";
        };
        staff.complete(task, staff.memberOf(i.decidedByBody()), Map.of("effect", effect,
                "followUpComment", DemoTexts.followUp(effect)));
    }

    private Intervention of(Task task) {
        return interventions.ofProcess(task.getProcessInstanceId()).orElseThrow(
                () -> new IllegalStateException("No intervention runs in " + task.getProcessInstanceId()));
    }

    private static boolean byEst(Intervention intervention) {
        return OrganisationGroup.EST.id().equals(intervention.decidedByBody());
    }
}

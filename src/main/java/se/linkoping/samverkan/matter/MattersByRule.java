package se.linkoping.samverkan.matter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.Intervention;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.system.Swedish;

/**
 * Matters raised or escalated by rule rather than by a person: a problem of EST's weekly picture above
 * its mandate (the decision tables say at which level, and a problem that persists carries its open
 * matter up), and an intervention late by the margin, which becomes a matter for the coordination group.
 * Each change is one transaction, joined with the engine's when a process makes it.
 */
@Service
@Transactional
public class MattersByRule {

    /** Who decides an escalation by rule, in the decision record: the table, named by its Swedish name. */
    static final String RULE = People.rule("escalation-level");
    /** Who raises a matter for a late intervention: the timer, no person. */
    static final String SYSTEM = People.NO_PERSON;

    private final Matters matters;
    private final MatterRecords records;
    private final MatterTexts texts;
    private final DecisionRecords decisions;
    private final WeeklyCycle weeklyCycle;
    private final PictureRecords pictures;
    private final Interventions interventions;
    private final People people;
    private final Clock clock;

    public MattersByRule(Matters matters, MatterRecords records, MatterTexts texts, DecisionRecords decisions,
                         WeeklyCycle weeklyCycle, PictureRecords pictures, Interventions interventions, People people,
                         Clock clock) {
        this.matters = matters;
        this.records = records;
        this.texts = texts;
        this.decisions = decisions;
        this.weeklyCycle = weeklyCycle;
        this.pictures = pictures;
        this.interventions = interventions;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A problem of the weekly picture that the decision tables put above EST's mandate. Without an open
     * matter on the same district and category it becomes one, at the level the table gave (acute when
     * its priority is 1). With one waiting at a lower level, that matter escalates by rule: the problem
     * persists. With one at that level or higher, or on an agenda now, the meeting decides it. A new matter
     * names the EST members who analysed and judged the problem; {@code raisedBy} (who runs the step, usually
     * no one: the step is asynchronous) only when none is recorded.
     *
     * @return the matter that carries the problem
     */
    public long raiseForProblem(long problemId, String level, String raisedBy, ProcessEngineServices engine) {
        PictureProblem problem = weeklyCycle.problem(problemId);
        MeetingBody target = MeetingBody.byId(level)
                .orElseThrow(() -> new IllegalArgumentException("Not a level above EST: " + level));
        Optional<Matter> open = records.latestOpenOn(problem.district(), problem.category());
        if (open.isEmpty()) {
            return matters.raise(new NewMatter(problem.area(), texts.fromPicture(problem), target.id(),
                            problem.district(), problem.category(), problem.priority() != null && problem.priority() == 1),
                    MatterOrigin.EST, problemId, null, raisers(problemId, raisedBy), engine);
        }
        Matter matter = open.get();
        if (matter.status() == MatterStatus.WAITING && matter.level().compareTo(target) < 0) {
            decisions.record(matter.level().id(), matter.processInstanceId(), null, Subject.MATTER, matter.id(),
                    Outcome.ESCALATED, "Eskalerat enligt regel: problemet kvarstår i veckans lägesbild med "
                            + Swedish.priority(problem.priority()).toLowerCase(Swedish.LOCALE)
                            + (problem.weeksPersisting() == null || problem.weeksPersisting() == 0 ? ""
                            : ", " + Swedish.weeks(problem.weeksPersisting()) + " i följd med hög prioritet,")
                            + " och beslutstabellen ”" + people.ruleName("escalation-level") + "” placerar det hos "
                            + target.swedishName() + ".",
                    null, "Lägesbilden: " + problem.area() + ", " + weeklyCycle.facts(problemId), RULE);
            records.escalate(matter.id(), target, problemId, OffsetDateTime.now(clock));
            Matters.tellProcess(matter, engine);
        }
        return matter.id();
    }

    /** The EST members behind a problem, stored together; who runs the step when none is recorded. */
    private String raisers(long problemId, String raisedBy) {
        List<String> analysts = pictures.analysts(problemId);
        return analysts.isEmpty() ? raisedBy : People.together(analysts);
    }

    /**
     * An intervention late by the margin becomes a matter for the coordination group, which leads and
     * follows up the interventions.
     *
     * @return the matter's id
     */
    public long raiseForOverdueIntervention(String interventionProcessInstanceId, ProcessEngineServices engine) {
        Intervention late = interventions.overdue(interventionProcessInstanceId);
        Optional<PictureProblem> problem = Optional.ofNullable(late.problemId()).map(weeklyCycle::problem);
        return matters.raise(new NewMatter(texts.overdueTitle(late), texts.overdueDescription(late),
                        MeetingBody.COORDINATION_GROUP.id(), problem.map(PictureProblem::district).orElse(null),
                        problem.map(PictureProblem::category).orElse(null), false),
                MatterOrigin.OVERDUE_INTERVENTION, null, late.id(), SYSTEM, engine);
    }
}

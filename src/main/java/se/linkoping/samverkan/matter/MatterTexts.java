package se.linkoping.samverkan.matter;

import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.Intervention;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.system.Swedish;

/**
 * What people read of a matter, in Swedish: its facts for the deciding body and the convener
 * ({@code ${matterTexts...}} in the processes), the basis its decisions keep, and the texts of the
 * matters the rules raise.
 */
@Component("matterTexts")
public class MatterTexts {

    private final MatterRecords records;
    private final DecisionRecords decisions;
    private final WeeklyCycle weeklyCycle;
    private final People people;

    public MatterTexts(MatterRecords records, DecisionRecords decisions, WeeklyCycle weeklyCycle, People people) {
        this.records = records;
        this.decisions = decisions;
        this.weeklyCycle = weeklyCycle;
        this.people = people;
    }

    /** What the deciding body and the convener read: the matter, where it came from, what was decided. */
    public String facts(long matterId) {
        return TextFields.forDisplay(allFacts(records.find(matterId)
                .orElseThrow(() -> new IllegalArgumentException("No matter " + matterId))));
    }

    /** {@link #facts} of the matter a process instance runs. */
    public String factsOf(String processInstanceId) {
        return TextFields.forDisplay(allFacts(records.ofProcess(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No matter is run by process instance " + processInstanceId))));
    }

    /** What a decision on the matter rests on, as its record keeps it: the facts, and the picture's numbers. */
    String basis(Matter matter) {
        String basis = allFacts(matter);
        if (matter.problemId() != null) {
            PictureProblem p = weeklyCycle.problem(matter.problemId());
            basis += "\n\nLägesbilden: " + p.area() + ", " + weeklyCycle.facts(p.id()) + " "
                    + Swedish.priority(p.priority()) + " enligt beslutstabellen ”" + people.ruleName("problem-priority")
                    + "”, nivå " + groupName(p.escalationLevel()) + " enligt beslutstabellen ”"
                    + people.ruleName("escalation-level") + "”, " + Swedish.weeks(weeks(p)) + " med hög prioritet.";
        }
        return basis.length() > Matters.TEXT_MAX ? basis.substring(0, Matters.TEXT_MAX) : basis;
    }

    private String allFacts(Matter m) {
        StringBuilder text = new StringBuilder();
        text.append(m.title()).append(m.acute() ? " (akut)" : "").append("\nNivå: ").append(m.level().swedishName())
                .append(". Väckt ").append(Swedish.day(m.raisedAt())).append(" av ").append(raisedBy(m))
                .append(". Ursprung: ").append(m.origin().swedishName()).append(". Väntar sedan ")
                .append(Swedish.day(m.waitingSince())).append('.');
        if (m.description() != null) {
            text.append("\n\n").append(m.description());
        }
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, m.id());
        if (!decided.isEmpty()) {
            text.append("\n\nTidigare beslut:");
            for (DecisionRecords.Decision d : decided) {
                text.append("\n• ").append(Swedish.day(d.decidedAt())).append(", ")
                        .append(MeetingBody.byId(d.body()).map(MeetingBody::swedishName).orElse(d.body())).append(": ")
                        .append(d.outcome().swedish().toLowerCase(Swedish.LOCALE)).append(" – ").append(d.rationale())
                        .append(" (").append(people.name(d.decidedBy())).append(')');
            }
        }
        return text.toString();
    }

    /** Who raised a matter, by name: "EST (Anna Lindqvist, Erik Sandberg)" for a problem EST judged beyond its mandate. */
    public String raisedBy(Matter matter) {
        String names = people.name(matter.raisedBy());
        return matter.origin() == MatterOrigin.EST ? OrganisationGroup.EST.acronym() + " (" + names + ")" : names;
    }

    /** The description of a matter raised from a problem of the weekly picture. */
    String fromPicture(PictureProblem problem) {
        return "Från EST:s lägesbild: " + weeklyCycle.facts(problem.id()) + " " + Swedish.priority(problem.priority())
                + ", " + Swedish.weeks(weeks(problem)) + " med hög prioritet.";
    }

    /** The title of the matter a late intervention becomes. */
    String overdueTitle(Intervention late) {
        String title = "Försenad insats: " + late.title();
        return title.length() > Matters.TITLE_MAX ? title.substring(0, Matters.TITLE_MAX) : title;
    }

    /** Its description. */
    String overdueDescription(Intervention late) {
        return "Insatsen skulle ha varit genomförd " + late.dueDate() + " av " + groupName(late.responsibleGroup())
                + ". Den beslutades av " + groupName(late.decidedByBody()) + " och är ännu inte rapporterad.";
    }

    private static String groupName(String group) {
        return OrganisationGroup.byId(group).map(OrganisationGroup::shortName).orElse(group);
    }

    private static int weeks(PictureProblem problem) {
        return problem.weeksPersisting() == null ? 0 : problem.weeksPersisting();
    }
}

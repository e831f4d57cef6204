package se.linkoping.samverkan.matter;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.forms.CurrentTexts;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.Intervention;
import se.linkoping.samverkan.system.Swedish;

/**
 * What people read of a matter, in Swedish: the matter itself for the deciding body and the convener
 * ({@code ${matterTexts...}} in the processes, kept current when a form is opened), the basis its decisions
 * keep, and the texts of the matters the rules raise. The rest of the chain in front of a body is
 * {@link ChainTexts}.
 */
@Component("matterTexts")
public class MatterTexts implements CurrentTexts {

    static final String FACTS = "matterFacts";
    /** A decision's basis: what the body read, whole (the column holds 100 000 characters). */
    static final int BASIS_MAX = 50_000;

    private final MatterRecords records;
    private final ChainTexts chain;
    private final WeeklyCycle weeklyCycle;
    private final People people;

    public MatterTexts(MatterRecords records, ChainTexts chain, WeeklyCycle weeklyCycle, People people) {
        this.records = records;
        this.chain = chain;
        this.weeklyCycle = weeklyCycle;
        this.people = people;
    }

    /** What the deciding body and the convener read first: the matter, who raised it, when and why. */
    public String facts(long matterId) {
        return TextFields.forDisplay(allFacts(records.find(matterId)
                .orElseThrow(() -> new IllegalArgumentException("No matter " + matterId))));
    }

    /** {@link #facts} of the matter a process instance runs. */
    public String factsOf(String processInstanceId) {
        return TextFields.forDisplay(allFacts(records.ofProcess(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No matter is run by process instance " + processInstanceId))));
    }

    @Override
    public Set<String> variables() {
        return Set.of(FACTS);
    }

    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        Object matterId = execution.getVariable("matterId");
        return Optional.of(matterId instanceof Number id ? facts(id.longValue())
                : factsOf(execution.getProcessInstanceId()));
    }

    /**
     * What a decision on the matter rests on, as its record keeps it: the matter, the whole chain the body
     * read ({@link ChainTexts}), and the picture's numbers with what the decision tables gave.
     */
    String basis(Matter matter) {
        String basis = allFacts(matter) + "\n\n" + chain.whole(matter);
        if (matter.problemId() != null) {
            PictureProblem p = weeklyCycle.problem(matter.problemId());
            basis += "\n\nLägesbilden: " + p.area() + ", " + weeklyCycle.facts(p.id()) + " "
                    + Swedish.priority(p.priority()) + " enligt beslutstabellen ”" + people.ruleName("problem-priority")
                    + "”, nivå " + groupName(p.escalationLevel()) + " enligt beslutstabellen ”"
                    + people.ruleName("escalation-level") + "”, " + Swedish.weeks(weeks(p)) + " med hög prioritet.";
        }
        return basis.length() > BASIS_MAX ? basis.substring(0, BASIS_MAX) : basis;
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

    /**
     * Its description, as things stood when it was raised; what the intervention's state is when the matter is
     * decided, the deciding body reads under its interventions ({@link ChainTexts}).
     */
    String overdueDescription(Intervention late) {
        return "Insatsen skulle ha varit genomförd " + Swedish.day(late.dueDate()) + " av "
                + groupName(late.responsibleGroup()) + ". Den beslutades av " + groupName(late.decidedByBody())
                + " och var inte rapporterad när ärendet väcktes; läget nu står under insatserna.";
    }

    private static String groupName(String group) {
        return OrganisationGroup.byId(group).map(OrganisationGroup::shortName).orElse(group);
    }

    private static int weeks(PictureProblem problem) {
        return problem.weeksPersisting() == null ? 0 : problem.weeksPersisting();
    }
}

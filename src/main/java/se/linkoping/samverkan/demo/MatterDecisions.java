package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.matter.Matter;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/**
 * The bodies decide their matters at the meeting, as the {@link Storyline} has it: the rising problem is
 * escalated from the coordination group to the steering group and on to the political steering group,
 * which decides it — each step bringing a member's own question to the next level, and an extra meeting
 * when the next ordinary one comes too late; a late intervention gets a new schedule; the graffiti is
 * closed; the others are handled, some with an intervention.
 */
final class MatterDecisions {

    /** The rising problem must be decided at the top this long before the end, so its reports can fall. */
    static final Duration CHAIN_MARGIN = Duration.ofDays(10);

    private final TaskService tasks;
    private final Staff staff;
    private final EngineTime time;
    private final Matters matters;
    private final Meetings meetings;
    private final MeetingSchedule schedule;
    private final InterventionRecords interventions;
    private final ProcessEngineServices engine;
    private final Quarter quarter;
    private final StaffWork.Scheduler scheduler;
    private final StaffInitiatives initiatives;
    private final Course course;

    MatterDecisions(TaskService tasks, Staff staff, EngineTime time, Matters matters, Meetings meetings,
                    MeetingSchedule schedule, InterventionRecords interventions, ProcessEngineServices engine,
                    Quarter quarter, StaffWork.Scheduler scheduler, StaffInitiatives initiatives, Course course) {
        this.tasks = tasks;
        this.staff = staff;
        this.time = time;
        this.matters = matters;
        this.meetings = meetings;
        this.schedule = schedule;
        this.interventions = interventions;
        this.engine = engine;
        this.quarter = quarter;
        this.scheduler = scheduler;
        this.initiatives = initiatives;
        this.course = course;
    }

    void decide(Task task) {
        Matter matter = matters.get(((Number) tasks.getVariable(task.getId(), "matterId")).longValue());
        MeetingBody body = meetings.of(task.getProcessInstanceId()).body();
        Map<String, Object> form = new HashMap<>();
        boolean chain = matter.origin() == MatterOrigin.EST
                && Storyline.is(matter.district(), matter.category(), Storyline.CHAIN_DISTRICT, Storyline.CHAIN_CATEGORY);
        if (chain && body == MeetingBody.COORDINATION_GROUP) {
            form.put("outcome", "ESCALATED");
            form.put("rationale", "Problemet har ökat i flera veckor trots polisens insats. Det kräver resurser utöver "
                    + "förvaltningarnas budgetar och samordning mellan socialtjänst, skola, fritid och bostadsbolag: "
                    + "styrgruppen behöver prioritera.");
            afterChainEscalation(MeetingBody.STEERING_GROUP, matter, "johan.berg", guardsMatter(),
                    "Trygghetsvärdarna i Skäggetorp och Ryd är finansierade bara i år. Lednings- och "
                            + "samordningsgruppen vill att styrgruppen prioriterar dem i budgetplaneringen "
                            + quarter.budgetYear() + ".");
        } else if (chain && body == MeetingBody.STEERING_GROUP) {
            form.put("outcome", "ESCALATED");
            form.put("rationale", "Styrgruppen står bakom en samlad satsning i Skäggetorp, men den kräver prioritering "
                    + "i kommunstyrelsens budget: politiska styrgruppen beslutar.");
            form.put("directive", "Förvaltningarna tar fram en gemensam kostnadsberäkning till politiska styrgruppen.");
            afterChainEscalation(MeetingBody.POLITICAL_STEERING_GROUP, matter, "maria.ek", Storyline.CAMERAS_MATTER,
                    "Polisen och boende efterfrågar kamerabevakning vid Skäggetorps centrum. Frågan kräver ett "
                            + "politiskt ställningstagande och medel i budgeten.");
        } else if (chain) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Politiska styrgruppen prioriterar en samlad satsning mot den öppna "
                    + "narkotikahandeln i Skäggetorp.");
            form.put("directive", "Prioriteras i KS budget " + quarter.budgetYear() + " och i KLF:s verksamhetsplan: "
                    + "förstärkt fältarbete, föräldranätverk och bättre belysning i centrum.");
            intervention(form, "Förstärkt fältarbete och föräldranätverk i Skäggetorp",
                    "Socialtjänstens fältgrupp förstärks kvällstid och ett föräldranätverk startas med skolan.",
                    "social-care", 42);
            course.chainDecided(quarter.weekOf(time.now()));
        } else if (matter.origin() == MatterOrigin.OVERDUE_INTERVENTION) {
            String group = interventions.find(matter.interventionId()).orElseThrow().responsibleGroup();
            form.put("outcome", "HANDLED");
            form.put("rationale", OrganisationGroup.byId(group).map(OrganisationGroup::swedishName).orElse(group)
                    + " har fått en ny tidplan och rapporterar när insatsen är genomförd. Gruppen följer upp vid "
                    + "nästa möte.");
            if (Storyline.is(matter.district(), matter.category(), Storyline.TUNNEL_DISTRICT,
                    Storyline.TUNNEL_CATEGORY)) {
                course.tunnelReportedAt(Quarter.workingDaysAfter(time.now(), 4, LocalTime.of(13, 30)));
            }
        } else if (Storyline.GRAFFITI_MATTER.equals(matter.title())) {
            form.put("outcome", "CLOSED");
            form.put("rationale", "Stångåstaden sanerar klottret inom sitt ordinarie underhåll och EST följer "
                    + "utvecklingen i lägesbilden. Inget mer behövs på den här nivån.");
        } else if (guardsMatter().equals(matter.title())) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Trygghetsvärdarna gör skillnad kvällstid; styrgruppen prioriterar dem i "
                    + "budgetplaneringen " + quarter.budgetYear() + ".");
            form.put("directive", "Kultur- och fritidsförvaltningen och Stångåstaden tar fram ett gemensamt "
                    + "finansieringsförslag till budgetberedningen.");
            intervention(form, "Finansieringsförslag för trygghetsvärdar " + quarter.budgetYear(),
                    "Förslag till gemensam finansiering av trygghetsvärdar kvällstid i Skäggetorp och Ryd.",
                    "culture-leisure", 35);
        } else if (Storyline.CAMERAS_MATTER.equals(matter.title())) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Politiska styrgruppen ser behovet men vill ha underlag om effekter och integritet "
                    + "innan beslut.");
            form.put("directive", "KLF utreder kamerabevakning vid Skäggetorps centrum tillsammans med polisen och "
                    + "redovisar vid nästa möte.");
        } else if (Storyline.is(matter.district(), matter.category(), Storyline.ARSON_DISTRICT,
                Storyline.ARSON_CATEGORY)) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Bostadsbolaget, räddningstjänsten och polisen samordnar åtgärderna mot bränderna "
                    + "i Berga.");
            intervention(form, "Låsta soprum och nattlig tillsyn i Berga",
                    "Stångåstaden låser soprummen nattetid och ordnar tillsyn; räddningstjänsten informerar boende.",
                    "municipal-companies", 21);
        } else if (matter.acute()) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Polisen och verksamheten ser över närvaro och rutiner så att verksamheten kan "
                    + "hålla öppet.");
            intervention(form, "Polisiär närvaro vid " + Storyline.ACUTE_PLACE + " kvällstid",
                    "Polisen är på plats kvällstid två veckor och går igenom rutinerna med personalen.", "police", 14);
        } else {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Hanteras inom förvaltningarnas ordinarie arbete och följs upp vid nästa möte.");
        }
        staff.complete(task, staff.memberOf(body.id()), form);
    }

    private void intervention(Map<String, Object> form, String title, String description, String group, int days) {
        MeetingWork.interventionForm(form, time.now(), title, description, group, days);
    }

    /**
     * The rising problem goes up a level: the next day a member raises a question of their own there, and
     * when that body's next ordinary meeting comes too late for the quarter, an extra meeting is called.
     */
    private void afterChainEscalation(MeetingBody next, Matter matter, String raisedBy, String title,
                                      String description) {
        Instant tomorrow = Quarter.workingDaysAfter(time.now(), 1, LocalTime.of(9, 5));
        scheduler.at(tomorrow, title, () -> initiatives.raise(raisedBy, title, description, next, null, null, false));
        ZonedDateTime ordinary = schedule.nextMeeting(next, time.now().atZone(Swedish.ZONE));
        if (ordinary.toInstant().isAfter(quarter.end().minus(CHAIN_MARGIN))) {
            scheduler.at(tomorrow.plus(Duration.ofHours(1)), "an extra meeting of " + next.id(), () -> meetings.requestExtra(
                    next, "Ärendet ”" + matter.title() + "” har eskalerats och kan inte vänta till nästa ordinarie möte "
                            + Swedish.day(ordinary) + ".", engine));
        }
    }

    /** The steering group's own question in the year's budget planning, by its title. */
    private String guardsMatter() {
        return Storyline.GUARDS_MATTER + " " + quarter.budgetYear();
    }
}

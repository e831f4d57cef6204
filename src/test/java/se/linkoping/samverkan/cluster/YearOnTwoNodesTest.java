package se.linkoping.samverkan.cluster;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.linkoping.samverkan.cluster.ModelTimers.Timer;
import se.linkoping.samverkan.cooperationagreement.CooperationAgreements;
import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;

/**
 * Two nodes on one PostgreSQL, each with Camunda's job executor on, through a simulated year: EST's Monday
 * cycles (with hot spots to analyse in some weeks), the three bodies' meetings, six known events, four
 * interventions (one carried out late), two matters raised after the coordination group's first meeting (one
 * decided only after its convener was alerted that it waited too long) and a cooperation agreement (reviewed half
 * a year after publication here, so that its review and the next round fall within the year). The engine clock
 * (shared by both engines in this JVM) is moved from one timer's due date to the next; the nodes' job executors
 * run what falls due, whichever takes it first, and every task is submitted at both nodes at once. Counted from
 * the history and the application's tables: every timer of the models ({@code bpmn/*.bpmn}, read by
 * {@link ModelTimers}) fired, each exactly once at each of its times or in each instance expected; every task was
 * completed once, nothing was stored twice — and both nodes did part of the work.
 */
class YearOnTwoNodesTest {

    private static EmbeddedPostgres postgres;
    private static InProcessNode one;
    private static InProcessNode two;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // one after the other, as docker-compose starts the second when the first is healthy; both in this JVM
        // under engine names of their own. The job executors look for due jobs often: the clock moves fast here.
        // The cooperation agreement is reviewed half a year after publication (a year in production), so that its
        // review falls within the year: on both nodes, whichever computes the timer.
        String[] yearSettings = {"--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=500", "--samverkan.agreement.review-after=P6M"};
        one = InProcessNode.start("node-one", ApplicationNode.settings(postgres, "nodeone", "node-one", yearSettings));
        two = InProcessNode.start("node-two", ApplicationNode.settings(postgres, "nodetwo", "node-two", yearSettings));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        ClockUtil.reset();
        for (InProcessNode node : new InProcessNode[] {two, one}) {
            if (node != null) {
                node.stop();
            }
        }
        postgres.close();
    }

    @Test
    void overAYearEveryTimerFiresOnceAndEveryTaskIsCompletedOnce() throws IOException {
        List<InProcessNode> nodes = List.of(one, two);
        ClusterTime time = new ClusterTime(nodes);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.atZone(STOCKHOLM).plusYears(1).toInstant();
        time.set(start);
        LocalDate today = start.atZone(STOCKHOLM).toLocalDate();
        List<LocalDate> eventDays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            eventDays.add(today.plusDays(40 + 58L * i));
            YearsWork.event(nodes.get(i % 2).engine(), "Evenemang " + (i + 1), eventDays.get(i));
        }
        for (int i = 0; i < 4; i++) {
            YearsWork.intervention(nodes.get(i % 2).engine(), "Belysning " + (i + 1), today.plusDays(50 + 90L * i));
        }
        YearsWork.agreement(two.engine());
        EstSchedule est = one.bean(EstSchedule.class);
        List<Instant> mondays = times(start, end, cron(est.cron()));
        int hotSpotWeeks = 0;
        for (int week = 3; week < mondays.size(); week += 8, hotSpotWeeks++) {
            YearsWork.hotSpotBefore(one.jdbc(), mondays.get(week).atZone(STOCKHOLM).toLocalDate());
        }

        List<BothNodesSubmit.Race> races;
        try (BothNodesSubmit staff = new BothNodesSubmit(nodes)) {
            Runnable work = () -> staff.workOn(task -> YearsWork.ready(one.engine(), task), YearsWork::answers,
                    time::awaitJobsDone);
            time.awaitJobsDone();
            work.run();
            boolean mattersRaised = false;
            Optional<Instant> next;
            while ((next = time.nextTimerBy(end)).isPresent()) {
                time.advanceTo(next.get());
                work.run();
                // two matters raised just after the coordination group's first meeting wait for its next one
                if (!mattersRaised && count(one.jdbc(), "select count(*) from samverkan.meeting "
                        + "where body = 'coordination-group'") > 0) {
                    YearsWork.matter(one.engine(), YearsWork.PROMPT_MATTER);
                    YearsWork.matter(two.engine(), YearsWork.SLOW_MATTER);
                    mattersRaised = true;
                }
            }
            time.advanceTo(end);
            races = staff.races();
        }

        HistoryService history = one.engine().getHistoryService();
        summarise(history, races);
        // every timer of the models fired in the year, each once at each time its schedule names (the processes'
        // start timers) or once in each instance expected (the timers inside the processes), and at no other time
        JdbcClient jdbc = one.jdbc();
        MeetingSchedule meetings = one.bean(MeetingSchedule.class);
        List<Instant> coordination = times(start, end,
                after -> meetings.nextMeeting(MeetingBody.COORDINATION_GROUP, after));
        Map<Timer, List<String>> expected = new TreeMap<>();
        expected.put(new Timer("est-weekly-cycle", "Timer_WeeklyCycle"), texts(mondays));
        expected.put(new Timer("steering-group-meeting", "Timer_MeetingDates"),
                texts(times(start, end, cron(meetings.steeringGroupCron()))));
        expected.put(new Timer("political-steering-group-meeting", "Timer_MeetingDates"),
                texts(times(start, end, cron(meetings.politicalSteeringGroupCron()))));
        expected.put(new Timer("coordination-group-meeting", "Timer_MeetingCycle"), texts(coordination));
        List<String> events = instances(history, "event-coordination");
        for (String timer : List.of("Timer_PlanningDue", "Timer_BriefingDue", "Timer_EvaluationDue")) {
            expected.put(new Timer("event-coordination", timer), events);
        }
        // the weeks with hot spots, whose analysis EST did late; every intervention's reminder, and the late one's
        // alert; the matter whose decision waited; each agreement published at least the review period before the end
        expected.put(new Timer("est-weekly-cycle", "Timer_AnalysisOverdue"), history.createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_AnalyseProblem").list().stream().map(HistoricTaskInstance::getProcessInstanceId)
                .distinct().toList());
        expected.put(new Timer("intervention", "Timer_DueSoon"), instances(history, "intervention"));
        expected.put(new Timer("intervention", "Timer_Overdue"), history.createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_CarryOutIntervention").taskNameLike("%: " + YearsWork.LATE_INTERVENTION).list()
                .stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        expected.put(new Timer("matter", "Timer_WaitedTooLong"), jdbc.sql("select process_instance_id from "
                + "samverkan.matter where title = ?").param(YearsWork.SLOW_MATTER).query(String.class).list());
        CooperationAgreements agreements = one.bean(CooperationAgreements.class);
        expected.put(new Timer("cooperation-agreement", "Timer_YearlyReview"), jdbc.sql("select process_instance_id "
                        + "from samverkan.cooperation_agreement where published_at is not null").query(String.class).list()
                .stream().filter(agreement -> !agreements.reviewAt(agreement).toInstant().isAfter(end)).toList());
        assertThat(expected.get(new Timer("est-weekly-cycle", "Timer_WeeklyCycle"))).hasSizeBetween(52, 53);
        assertThat(expected.get(new Timer("steering-group-meeting", "Timer_MeetingDates"))).hasSize(3);
        assertThat(expected.get(new Timer("political-steering-group-meeting", "Timer_MeetingDates"))).hasSize(3);
        assertThat(coordination).hasSizeGreaterThan(3);
        assertThat(events).hasSize(6);
        assertThat(expected.get(new Timer("est-weekly-cycle", "Timer_AnalysisOverdue"))).hasSize(hotSpotWeeks);
        assertThat(expected.get(new Timer("intervention", "Timer_DueSoon"))).hasSize(4);
        assertThat(expected.get(new Timer("intervention", "Timer_Overdue"))).hasSize(1);
        assertThat(expected.get(new Timer("matter", "Timer_WaitedTooLong"))).hasSize(1);
        assertThat(expected.get(new Timer("cooperation-agreement", "Timer_YearlyReview"))).hasSize(1);

        Set<Timer> inModels = ModelTimers.in(Path.of("bpmn"));
        Map<Timer, List<String>> fired = firings(history);
        assertThat(difference(inModels, expected.keySet())).as("timers of bpmn/*.bpmn this test expects nothing of: "
                + "drive each in the year's work (YearsWork) and say here when it fires").isEmpty();
        assertThat(difference(expected.keySet(), inModels)).as("timers this test expects that bpmn/*.bpmn no longer has")
                .isEmpty();
        assertThat(difference(inModels, fired.keySet())).as("timers of bpmn/*.bpmn that never fired in the year")
                .isEmpty();
        assertThat(difference(fired.keySet(), inModels)).as("timers that fired but are in no model").isEmpty();
        expected.forEach((timer, due) -> assertThat(fired.get(timer))
                .as("%s fired once at each of its times or in each of its instances, and only then", timer)
                .containsExactlyInAnyOrderElementsOf(due));
        // ... and each firing is one job that succeeded once, on one node or the other; both took part
        List<HistoricJobLog> succeeded = history.createHistoricJobLogQuery().successLog().list().stream()
                .filter(log -> log.getProcessDefinitionKey() != null).toList();
        assertThat(succeeded.stream().collect(groupingBy(HistoricJobLog::getJobId, counting())))
                .allSatisfy((job, count) -> assertThat(count).as("successes of job %s", job).isOne());
        long timerFirings = history.createHistoricActivityInstanceQuery().activityType("startTimerEvent").count()
                + history.createHistoricActivityInstanceQuery().activityType("intermediateTimer").count()
                + history.createHistoricActivityInstanceQuery().activityType("boundaryTimer").count();
        assertThat(succeeded.stream().filter(log -> log.getJobDefinitionType().startsWith("timer")).count())
                .isEqualTo(timerFirings);
        assertThat(succeeded.stream().map(HistoricJobLog::getHostname).distinct())
                .containsExactlyInAnyOrder("node-one", "node-two");
        assertThat(one.engine().getManagementService().createJobQuery().withException().count()).isZero();
        assertThat(one.engine().getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(one.engine().getManagementService().createJobQuery().processDefinitionKey("event-coordination")
                .count()).isZero();

        // every task completed once: one of its two submissions won, the other was refused; both nodes won some
        assertThat(one.engine().getTaskService().createTaskQuery().count()).isZero();
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().list();
        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(task.getDeleteReason()).isEqualTo("completed"));
        assertThat(races).allSatisfy(race -> assertThat(race.completed()).as(race.toString()).isLessThanOrEqualTo(1));
        assertThat(races.stream().filter(race -> race.completed() == 1).map(BothNodesSubmit.Race::taskId))
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(HistoricTaskInstance::getId).toList());
        assertThat(races.stream().flatMap(race -> race.completedAt().stream()).distinct())
                .containsExactlyInAnyOrder("node-one", "node-two");
        assertThat(history.createUserOperationLogQuery().operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .list().stream().collect(groupingBy(UserOperationLogEntry::getTaskId, counting())))
                .hasSize(tasks.size()).allSatisfy((task, count) -> assertThat(count).isOne());

        // nothing stored twice: a picture per Monday, a meeting per call, a plan per participant, each step once
        assertThat(count(jdbc, "select count(*) from samverkan.situational_picture"))
                .isEqualTo(mondays.size());
        assertThat(count(jdbc, "select count(distinct picture_id) from samverkan.picture_problem "
                + "where analysed_by = 'demo-est'")).isEqualTo(hotSpotWeeks);
        assertThat(count(jdbc, "select count(*) from samverkan.picture_problem where analysed_by is null")).isZero();
        assertThat(jdbc.sql("select body, count(*) from samverkan.meeting group by body").query((row, n) ->
                Map.entry(row.getString(1), row.getLong(2))).list()).containsExactlyInAnyOrder(
                Map.entry("coordination-group", (long) coordination.size()), Map.entry("steering-group", 3L),
                Map.entry("political-steering-group", 3L));
        assertThat(count(jdbc, "select count(*) from samverkan.event_plan"))
                .isEqualTo(eventDays.size() * YearsWork.EVENT_PARTICIPANTS.size());
        assertThat(count(jdbc, "select count(*) from samverkan.coordinated_event where findings is not null"))
                .isEqualTo(eventDays.size());
        assertThat(count(jdbc, "select count(*) from samverkan.intervention where status = 'FOLLOWED_UP' "
                + "and reminded_at is not null")).isEqualTo(4);
        // the two matters raised and the late intervention's, each decided once and closed
        assertThat(count(jdbc, "select count(*) from samverkan.matter where status = 'CLOSED'")).isEqualTo(3);
        assertThat(count(jdbc, "select count(*) from samverkan.matter")).isEqualTo(3);
        // the agreement published, reviewed, and replaced by the round its review started, if published by the end
        assertThat(count(jdbc, "select count(*) from samverkan.cooperation_agreement")).isEqualTo(2);
    }

    /** What the year did, in target/two-nodes/year.txt: for whoever reads the build, not asserted. */
    private static void summarise(HistoryService history, List<BothNodesSubmit.Race> races) throws IOException {
        Map<String, Long> jobsByNode = history.createHistoricJobLogQuery().successLog().list().stream()
                .filter(log -> log.getProcessDefinitionKey() != null)
                .collect(groupingBy(log -> log.getHostname() + " " + log.getJobDefinitionType(), TreeMap::new,
                        counting()));
        Map<String, Long> tasksByNode = races.stream().flatMap(race -> race.completedAt().stream())
                .collect(groupingBy(node -> node, TreeMap::new, counting()));
        Map<String, Long> refusals = races.stream().flatMap(race -> race.refusals().stream())
                .map(refusal -> refusal.replaceAll("^([^:]*: \\S+).*$", "$1"))
                .collect(groupingBy(kind -> kind, TreeMap::new, counting()));
        Path summary = Path.of("target", "two-nodes", "year.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, "jobs run (node, kind): " + jobsByNode + "\ntasks completed (node): " + tasksByNode
                + "\nsubmissions refused (node, exception): " + refusals + "\n");
    }

    /**
     * Every firing of every timer, from the history: by process and event, when a process's start timer fired
     * (one start of the process per firing), or in which instance a timer inside a process fired.
     */
    private static Map<Timer, List<String>> firings(HistoryService history) {
        Map<Timer, List<String>> fired = new TreeMap<>();
        for (String type : List.of("startTimerEvent", "intermediateTimer", "boundaryTimer")) {
            for (HistoricActivityInstance firing : history.createHistoricActivityInstanceQuery().activityType(type)
                    .list()) {
                fired.computeIfAbsent(new Timer(firing.getProcessDefinitionKey(), firing.getActivityId()),
                        timer -> new ArrayList<>()).add("startTimerEvent".equals(type)
                        ? firing.getStartTime().toInstant().toString() : firing.getProcessInstanceId());
            }
        }
        return fired;
    }

    private static List<String> instances(HistoryService history, String processKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(HistoricProcessInstance::getId).toList();
    }

    private static List<String> texts(List<Instant> times) {
        return times.stream().map(Instant::toString).toList();
    }

    private static Set<Timer> difference(Set<Timer> these, Set<Timer> without) {
        Set<Timer> left = new TreeSet<>(these);
        left.removeAll(without);
        return left;
    }

    /** Every time of a schedule after the start and up to the end. */
    private static List<Instant> times(Instant start, Instant end, UnaryOperator<ZonedDateTime> next) {
        List<Instant> times = new ArrayList<>();
        for (ZonedDateTime at = next.apply(start.atZone(STOCKHOLM)); !at.toInstant().isAfter(end);
             at = next.apply(at)) {
            times.add(at.toInstant());
        }
        return times;
    }

    private static UnaryOperator<ZonedDateTime> cron(String expression) {
        CronExpression cron = CronExpression.parse(expression);
        return cron::next;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

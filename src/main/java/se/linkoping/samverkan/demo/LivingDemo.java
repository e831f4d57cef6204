package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.linkoping.samverkan.intervention.InterventionStatus;
import se.linkoping.samverkan.meeting.MeetingStatus;

/**
 * Simulates the demo's quarter once per database. Idempotent: a row in {@code demo_simulation} says it
 * was done, and a restart does nothing. All in one transaction, the row included — the engine's commands
 * and the application's statements join it — so a start that fails or is killed midway leaves nothing,
 * and the next start simulates again. A database that already holds Samverkan data is left alone.
 * <p>
 * The engine clock is global, so nothing may run jobs while the simulation moves it: the simulation runs
 * before the job executor is started (the Spring Boot starter starts it when the application is ready,
 * after {@link DemoStart}) and before the web server takes requests. Should the job executor be active
 * anyway, it is shut down for the simulation and started again afterwards. The clock is reset to the
 * real time in every case.
 * <p>
 * With mail about tasks set up, it waits for a start without: its hundreds of tasks would be mailed out
 * when the transaction commits.
 */
public final class LivingDemo {

    private static final Logger log = LoggerFactory.getLogger(LivingDemo.class);

    /** What a start did. */
    public enum Outcome {
        /** The quarter was simulated now. */
        SIMULATED,
        /** The database held data already: nothing was simulated, and nothing will be. */
        SKIPPED,
        /** An earlier start simulated (or skipped) it: nothing was done. */
        ALREADY_DONE,
        /**
         * Mail is set up (spring.mail.host): the quarter's tasks would be mailed out when it commits. A start
         * without mail simulates it.
         */
        POSTPONED,
        /** It failed and was rolled back; the next start tries again. */
        FAILED
    }

    private final ProcessEngine engine;
    private final PlatformTransactionManager transactions;
    private final SimulationMarker marker;
    private final ApplicationParts app;
    private final SimulatedQuarter simulation;
    private final boolean mailConfigured;

    /**
     * @param mailConfigured whether mail about tasks goes out (spring.mail.host is set): then the simulation
     *                       waits for a start without it
     */
    LivingDemo(ProcessEngine engine, PlatformTransactionManager transactions, SimulationMarker marker,
               ApplicationParts app, SimulatedQuarter simulation, boolean mailConfigured) {
        this.engine = engine;
        this.transactions = transactions;
        this.marker = marker;
        this.app = app;
        this.simulation = simulation;
        this.mailConfigured = mailConfigured;
    }

    /** Simulates the quarter ending now, unless a start did before. Never throws: the demo starts regardless. */
    public Outcome runOnce() {
        if (marker.recorded()) {
            log.info("Demon: kvartalet är redan simulerat (tabellen demo_simulation). Inget läggs till.");
            return Outcome.ALREADY_DONE;
        }
        if (mailConfigured) {
            log.warn("Demon: e-post är inställd (spring.mail.host), så inget kvartal simuleras nu: alla dess uppgifter "
                    + "skulle mejlas ut. Starta en gång utan e-post för att få det simulerade kvartalet.");
            return Outcome.POSTPONED;
        }
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean paused = jobExecutor != null && jobExecutor.isActive();
        if (paused) {
            log.info("Demon: jobbexekveraren pausas medan kvartalet simuleras.");
            jobExecutor.shutdown();
        }
        long started = System.nanoTime();
        Quarter quarter = Quarter.endingAt(Instant.now());
        try {
            Outcome outcome = new TransactionTemplate(transactions).execute(status -> {
                if (holdsData()) {
                    marker.record(Outcome.SKIPPED.name(), null, null,
                            "Databasen hade redan uppgifter när demon startade första gången.", Instant.now());
                    return Outcome.SKIPPED;
                }
                log.info("Demon: simulerar kvartalet {} genom processerna …", quarter.period());
                SimulatedQuarter.Result result = simulation.run(quarter);
                String summary = summary(quarter, result, Duration.ofNanos(System.nanoTime() - started));
                marker.record(Outcome.SIMULATED.name(), quarter.start(), quarter.end(), summary, Instant.now());
                log.info("Demon: {}", summary);
                return Outcome.SIMULATED;
            });
            if (outcome == Outcome.SKIPPED) {
                log.warn("Demon: databasen har redan uppgifter, så inget kvartal simuleras. Ta bort ./data för att "
                        + "börja om med ett simulerat kvartal.");
            }
            return outcome;
        } catch (RuntimeException e) {
            log.error("Demon: simuleringen av kvartalet misslyckades. Allt den gjort har rullats tillbaka; den görs om "
                    + "vid nästa start.", e);
            return Outcome.FAILED;
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            if (paused) {
                jobExecutor.start();
            }
        }
    }

    /**
     * Whether Samverkan already holds data of its own (reports, pictures, matters, meetings, interventions):
     * a database used before the living demo existed is left as it is.
     */
    private boolean holdsData() {
        return app.reports().count() + app.pictures().countPictures() + app.matterRecords().count()
                + app.meetingRecords().count() + app.interventions().count() > 0;
    }

    private String summary(Quarter quarter, SimulatedQuarter.Result result, Duration took) {
        long pictures = app.pictures().countPictures();
        long matters = app.matterRecords().count();
        long held = app.meetingRecords().count(MeetingStatus.HELD);
        long decisions = app.decisions().count();
        long interventions = app.interventions().count();
        long done = interventions - app.interventions().count(InterventionStatus.ONGOING);
        long overdue = app.interventions().countOverdue();
        long waiting = engine.getTaskService().createTaskQuery().active().count();
        return "Kvartalet " + quarter.period() + " simulerat på " + took.toSeconds() + " s: "
                + result.reportsSent() + " rapporter, " + pictures + " lägesbilder, "
                + matters + " ärenden, " + held + " hållna möten, " + decisions + " beslut, " + interventions
                + " insatser (" + done + " rapporterade, " + overdue + " försenade), " + result.jobsRun()
                + " jobb körda, " + waiting + " uppgifter väntar i Tasklist.";
    }
}

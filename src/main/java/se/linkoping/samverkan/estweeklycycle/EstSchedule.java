package se.linkoping.samverkan.estweeklycycle;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the EST cycle runs, read by the timers of {@code est-weekly-cycle} as {@code ${estSchedule...}}.
 * The engine re-reads the cycle each time it fires, so a changed setting applies from the next week.
 */
@Component("estSchedule")
public class EstSchedule {

    private final String weeklyCycleCron;
    private final Duration analysisReminder;

    /**
     * @param weeklyCycleCron  when the week's picture is compiled (cron, Europe/Stockholm)
     * @param analysisReminder how long EST may take over its analysis before the security unit is reminded
     */
    public EstSchedule(@Value("${samverkan.est.weekly-cycle-cron}") String weeklyCycleCron,
                       @Value("${samverkan.est.analysis-reminder}") Duration analysisReminder) {
        this.weeklyCycleCron = weeklyCycleCron;
        this.analysisReminder = analysisReminder;
    }

    /** For the timer start event. */
    public String cron() {
        return weeklyCycleCron;
    }

    /** For the reminder's timer: an ISO-8601 duration. */
    public String reminderAfter() {
        return analysisReminder.toString();
    }
}

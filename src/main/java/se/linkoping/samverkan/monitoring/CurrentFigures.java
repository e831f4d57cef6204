package se.linkoping.samverkan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.Swedish;

/**
 * The figures the metrics and the health show, read again when they are older than
 * {@code samverkan.monitoring.figures-seconds}: a scrape, or several at once, costs at most one round of queries
 * in that time, however many groups and channels there are. The engine's counters never go back on this node
 * (between a node's taking its counts from memory and writing them to the meter log they are in neither).
 */
@Component
public class CurrentFigures {

    /** The engine's counters the metrics show (Camunda's internal names, as in its meter log). */
    static final List<String> ENGINE_COUNTERS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_EXECUTION_REJECTED,
            Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START,
            Metrics.ACTIVTY_INSTANCE_END);

    private final MonitoringRecords records;
    private final ProcessEngine engine;
    private final Clock clock;
    private final long maxAgeNanos;
    private final Map<String, Long> highestSoFar = new ConcurrentHashMap<>();

    private volatile Figures figures = Figures.NONE;
    private volatile long readAt;
    private volatile boolean read;

    public CurrentFigures(MonitoringRecords records, ProcessEngine engine, Clock clock,
                          @Value("${samverkan.monitoring.figures-seconds:30}") long seconds) {
        this.records = records;
        this.engine = engine;
        this.clock = clock;
        this.maxAgeNanos = Duration.ofSeconds(Math.max(0, seconds)).toNanos();
    }

    /** The figures, read now if those at hand are too old. */
    public Figures get() {
        if (stale()) {
            return refreshIfStale();
        }
        return figures;
    }

    /** Read once for all who asked while they were stale: those who waited for the lock take the fresh ones. */
    private synchronized Figures refreshIfStale() {
        return stale() ? refresh() : figures;
    }

    private boolean stale() {
        return !read || System.nanoTime() - readAt >= maxAgeNanos;
    }

    /** The figures read now. */
    public synchronized Figures refresh() {
        LocalDate today = OffsetDateTime.now(clock).atZoneSameInstant(Swedish.ZONE).toLocalDate();
        List<MonitoringRecords.Count> counts = records.counts(today);
        Map<String, Long> logged = new HashMap<>();
        counts.stream().filter(count -> MonitoringRecords.ENGINE_METRIC.equals(count.figure()))
                .forEach(count -> logged.merge(count.label(), count.amount(), Long::sum));
        MetricsRegistry unwritten = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getMetricsRegistry();
        Map<String, Long> engineCounters = new HashMap<>();
        for (String name : ENGINE_COUNTERS) {
            Meter meter = unwritten == null ? null : unwritten.getDbMeterByName(name);
            long now = logged.getOrDefault(name, 0L) + (meter == null ? 0 : meter.get());
            engineCounters.put(name, highestSoFar.merge(name, now, Math::max));
        }
        figures = Figures.of(counts, records.lastEstCycle().map(OffsetDateTime::toInstant), engineCounters);
        readAt = System.nanoTime();
        read = true;
        return figures;
    }
}

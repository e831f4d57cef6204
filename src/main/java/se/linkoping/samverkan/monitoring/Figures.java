package se.linkoping.samverkan.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one moment, as the metrics show them until the next are read.
 *
 * @param counts       figure → label → amount ({@link MonitoringRecords})
 * @param lastEstCycle when EST's picture was last compiled, if ever
 * @param engineMetric the engine's metrics by name: its meter log and what this node has not yet written there
 */
record Figures(Map<String, Map<String, Long>> counts, Optional<Instant> lastEstCycle, Map<String, Long> engineMetric) {

    static final Figures NONE = new Figures(Map.of(), Optional.empty(), Map.of());

    static Figures of(List<MonitoringRecords.Count> rows, Optional<Instant> lastEstCycle, Map<String, Long> engine) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (MonitoringRecords.Count row : rows) {
            counts.computeIfAbsent(row.figure(), figure -> new HashMap<>()).merge(row.label(), row.amount(), Long::sum);
        }
        return new Figures(Map.copyOf(counts), lastEstCycle, Map.copyOf(engine));
    }

    long count(String figure, String label) {
        return counts.getOrDefault(figure, Map.of()).getOrDefault(label, 0L);
    }

    long total(String figure) {
        return counts.getOrDefault(figure, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The amounts of the labels not among the known ones (groups made in Admin, incident types of plugins). */
    long others(String figure, Collection<String> known) {
        return counts.getOrDefault(figure, Map.of()).entrySet().stream().filter(entry -> !known.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    long engineMetric(String name) {
        return engineMetric.getOrDefault(name, 0L);
    }
}

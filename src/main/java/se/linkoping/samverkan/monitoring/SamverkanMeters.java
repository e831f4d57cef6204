package se.linkoping.samverkan.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.incidentreport.Channel;

/**
 * Samverkan's own metrics ({@code samverkan_*}): reports received per channel (stored reports; those refused are
 * counted where they are refused, {@code incidentreport.RefusedReports}), open tasks per candidate group, ongoing
 * interventions past their due date per responsible group, and when EST's weekly picture was last compiled. Groups
 * outside the organisation's (made in Admin) are counted under {@code other}.
 */
@Component
class SamverkanMeters implements MeterBinder {

    static final String OTHER = "other";

    private final CurrentFigures figures;

    SamverkanMeters(CurrentFigures figures) {
        this.figures = figures;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            FunctionCounter.builder("samverkan.reports.received", figures,
                            f -> f.get().count(MonitoringRecords.REPORTS_RECEIVED, channel.name()))
                    .description("Händelserapporter som tagits emot och sparats, per kanal")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        List<String> tasklistGroups = OrganisationGroup.inTasklist().stream().map(OrganisationGroup::id).toList();
        perGroup(registry, "samverkan.tasks.open", "Öppna uppgifter per kandidatgrupp (tagna eller inte)",
                MonitoringRecords.TASKS_OPEN, tasklistGroups);
        List<String> staff = OrganisationGroup.staff().stream().map(OrganisationGroup::id).toList();
        perGroup(registry, "samverkan.interventions.overdue",
                "Pågående insatser vars slutdatum har passerat, per ansvarig grupp",
                MonitoringRecords.INTERVENTIONS_OVERDUE, staff);
        Gauge.builder("samverkan.est.cycle.last.compiled.timestamp", figures,
                        f -> f.get().lastEstCycle().map(Instant::getEpochSecond).map(Long::doubleValue).orElse(Double.NaN))
                .description("När EST:s veckovisa lägesbild senast sammanställdes (Unix-tid); NaN om aldrig")
                .baseUnit("seconds")
                .register(registry);
    }

    private void perGroup(MeterRegistry registry, String name, String description, String figure, List<String> groups) {
        for (String group : groups) {
            gauge(registry, name, description, group, f -> f.get().count(figure, group));
        }
        gauge(registry, name, description, OTHER, f -> f.get().others(figure, groups));
    }

    private void gauge(MeterRegistry registry, String name, String description, String group,
                       ToDoubleFunction<CurrentFigures> value) {
        Gauge.builder(name, figures, value).description(description).tag("group", group).register(registry);
    }
}

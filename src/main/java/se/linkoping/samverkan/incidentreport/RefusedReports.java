package se.linkoping.samverkan.incidentreport;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Reports refused, per channel, as the metric {@code samverkan_reports_refused_total} (counted on this node since it
 * started; refused reports are stored nowhere). Those received are counted from the stored reports
 * ({@code monitoring}).
 */
@Component
public class RefusedReports {

    public static final String METER = "samverkan.reports.refused";

    private final Map<Channel, Counter> counters = new EnumMap<>(Channel.class);

    public RefusedReports(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            counters.put(channel, Counter.builder(METER)
                    .description("Händelserapporter som inte togs emot (fel i rapporten, dubblett, ingen behörighet), "
                            + "per kanal")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void count(Channel channel) {
        counters.get(channel).increment();
    }
}

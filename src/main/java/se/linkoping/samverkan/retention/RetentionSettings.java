package se.linkoping.samverkan.retention;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention schedule (gallringsbeslut) as settings: {@code samverkan.retention.time-to-live.<process key>} is the
 * history time-to-live of that process's definitions, in days ({@code 1825}) or as an ISO-8601 period of days
 * ({@code P1825D}), overriding the model's {@code camunda:historyTimeToLive}; {@code samverkan.retention.batch-size}
 * is how many rows of each of Samverkan's tables one run of the history cleanup removes at most.
 */
@ConfigurationProperties("samverkan.retention")
public class RetentionSettings {

    private static final Pattern DAYS = Pattern.compile("(?i)(\\d{1,6})D?|P(\\d{1,6})D");

    private Map<String, String> timeToLive = new LinkedHashMap<>();
    private int batchSize = 500;

    public Map<String, String> getTimeToLive() {
        return timeToLive;
    }

    /** Checks every value as it is bound, so that a mistyped schedule stops the start, in Swedish. */
    public void setTimeToLive(Map<String, String> timeToLive) {
        timeToLive.forEach(RetentionSettings::days);
        this.timeToLive = new LinkedHashMap<>(timeToLive);
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("samverkan.retention.batch-size måste vara minst 1, inte " + batchSize + ".");
        }
        this.batchSize = batchSize;
    }

    /**
     * The configured time-to-live of a process key in days, when the schedule sets one (an empty value sets none). The
     * key is matched also without its hyphens and case, as environment variables bind it ({@code incidentreport}).
     */
    public Optional<Integer> daysFor(String processKey) {
        return timeToLive.entrySet().stream()
                .filter(entry -> entry.getKey().equals(processKey) || plain(entry.getKey()).equals(plain(processKey)))
                .map(entry -> days(entry.getKey(), entry.getValue())).flatMap(Optional::stream).findFirst();
    }

    /** Days from {@code 1825}, {@code 1825d} or {@code P1825D}; none from an empty value. */
    static Optional<Integer> days(String processKey, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher days = DAYS.matcher(value.trim());
        if (!days.matches()) {
            throw new IllegalArgumentException("samverkan.retention.time-to-live." + processKey + " ska vara ett antal dagar"
                    + " (t.ex. 1825 eller P1825D), inte \"" + value + "\".");
        }
        return Optional.of(Integer.parseInt(days.group(1) != null ? days.group(1) : days.group(2)));
    }

    private static String plain(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }
}

package se.linkoping.samverkan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The retention schedule as settings: days per process key, in the forms an operator writes them. */
class RetentionSettingsTest {

    @Test
    void daysAreReadAsANumberOrAnIsoPeriodOfDays() {
        RetentionSettings settings = settings(Map.of("incident-report", "1825", "matter", "P3650D",
                "intervention", "730d", "est-weekly-cycle", " p90d "));

        assertThat(settings.daysFor("incident-report")).contains(1825);
        assertThat(settings.daysFor("matter")).contains(3650);
        assertThat(settings.daysFor("intervention")).contains(730);
        assertThat(settings.daysFor("est-weekly-cycle")).contains(90);
    }

    @Test
    void anEmptyValueOrAnUnlistedKeyKeepsTheModels() {
        RetentionSettings settings = settings(Map.of("incident-report", "", "matter", " "));

        assertThat(settings.daysFor("incident-report")).isEmpty();
        assertThat(settings.daysFor("matter")).isEmpty();
        assertThat(settings.daysFor("meeting")).isEmpty();
    }

    @Test
    void aKeyBoundFromAnEnvironmentVariableWithoutHyphensStillMatches() {
        RetentionSettings settings = settings(Map.of("incidentreport", "30"));

        assertThat(settings.daysFor("incident-report")).contains(30);
        assertThat(settings.daysFor("incident-reports")).isEmpty();
    }

    @Test
    void aValueThatIsNoNumberOfDaysStopsTheStartInSwedish() {
        for (String wrong : new String[] {"P5Y", "5 år", "PT24H", "-1", "1825.5", "P1825"}) {
            assertThatThrownBy(() -> settings(Map.of("incident-report", wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("samverkan.retention.time-to-live.incident-report ska vara ett antal dagar (t.ex. 1825 "
                            + "eller P1825D), inte \"" + wrong + "\".");
        }
        assertThatThrownBy(() -> new RetentionSettings().setBatchSize(0))
                .hasMessage("samverkan.retention.batch-size måste vara minst 1, inte 0.");
    }

    static RetentionSettings settings(Map<String, String> timeToLive) {
        RetentionSettings settings = new RetentionSettings();
        settings.setTimeToLive(new LinkedHashMap<>(timeToLive));
        return settings;
    }
}

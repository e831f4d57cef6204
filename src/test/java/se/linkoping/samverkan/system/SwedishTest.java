package se.linkoping.samverkan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SwedishTest {

    @Test
    void countsTakeTheWordThatFits() {
        assertThat(Swedish.weeks(1)).isEqualTo("1 vecka");
        assertThat(Swedish.weeks(2)).isEqualTo("2 veckor");
        assertThat(Swedish.weeks(0)).isEqualTo("0 veckor");
        assertThat(Swedish.days(1)).isEqualTo("1 dag");
        assertThat(Swedish.days(160)).isEqualTo("160 dagar");
    }

    @Test
    void durationsReadInDaysWeeksMonthsAndHoursNeverAsIsoCodes() {
        assertThat(Swedish.duration("PT168H")).isEqualTo("7 dagar");
        assertThat(Swedish.duration("P7D")).isEqualTo("7 dagar");
        assertThat(Swedish.duration("P160D")).isEqualTo("160 dagar");
        assertThat(Swedish.duration("PT384H")).isEqualTo("16 dagar");
        assertThat(Swedish.duration("P2W")).isEqualTo("2 veckor");
        assertThat(Swedish.duration("P1W")).isEqualTo("1 vecka");
        assertThat(Swedish.duration("P3M")).isEqualTo("3 månader");
        assertThat(Swedish.duration("P1M")).isEqualTo("1 månad");
        assertThat(Swedish.duration("P1Y2M")).isEqualTo("1 år och 2 månader");
        assertThat(Swedish.duration("PT36H")).isEqualTo("36 timmar");
        assertThat(Swedish.duration("PT1H30M")).isEqualTo("1 timme och 30 minuter");
        assertThat(Swedish.duration(Duration.ofDays(1))).isEqualTo("1 dag");
        assertThat(Swedish.duration("inte en tid")).isEqualTo("inte en tid");
    }

    @Test
    void prioritiesHaveTheirNamesInOnePlace() {
        assertThat(Swedish.priority(1)).isEqualTo("Prioritet 1 (akut)");
        assertThat(Swedish.priority(2)).isEqualTo("Prioritet 2 (hög)");
        assertThat(Swedish.priority(3)).isEqualTo("Prioritet 3 (förhöjd)");
        assertThat(Swedish.priority(4)).isEqualTo("Prioritet 4 (låg)");
        assertThat(Swedish.priority(null)).isEmpty();
        assertThat(Swedish.yesNo(true)).isEqualTo("ja");
        assertThat(Swedish.yesNo(false)).isEqualTo("nej");
    }
}

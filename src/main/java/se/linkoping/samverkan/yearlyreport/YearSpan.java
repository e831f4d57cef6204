package se.linkoping.samverkan.yearlyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A calendar year in Linköping's time: its first and last day, the instants it starts and ends (exclusive). */
record YearSpan(LocalDate firstDay, ZoneId zone) {

    static YearSpan of(int year, ZoneId zone) {
        return new YearSpan(LocalDate.of(year, 1, 1), zone);
    }

    LocalDate lastDay() {
        return firstDay.plusYears(1).minusDays(1);
    }

    LocalDate nextFirstDay() {
        return firstDay.plusYears(1);
    }

    OffsetDateTime start() {
        return firstDay.atStartOfDay(zone).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return firstDay.plusYears(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * The year's last instant: the names of districts, categories and sources in the report are the ones in force then
     * (a rename after the year changes no report of it).
     */
    Instant lastInstant() {
        return end().toInstant().minusNanos(1);
    }

    OffsetDateTime previousStart() {
        return firstDay.minusYears(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** The local day of a stored instant, or null. */
    LocalDate day(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }
}

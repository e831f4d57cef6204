package se.linkoping.samverkan.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Linköping's time as the tests write it: {@code "2027-02-08T09:00"} is a local time in Stockholm. The
 * zone is written here, not taken from the application, so that the tests also check the application's.
 */
public final class Times {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Times() {
    }

    /** A local time in Linköping as the engine's clock and due dates hold it, e.g. {@code at("2027-02-08T09:00")}. */
    public static Date at(String localDateTime) {
        return Date.from(zoned(localDateTime).toInstant());
    }

    /** A local time in Linköping, e.g. {@code zoned("2027-02-08T09:00")}. */
    public static ZonedDateTime zoned(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM);
    }
}

package se.linkoping.samverkan.incidentreport;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAge    how long ago an incident may have happened when it is reported
 * @param clockSkew how far a reported time may lie ahead of ours (partners' clocks differ a little)
 * @param timeZone  the zone of a date and time sent without offset, as the Tasklist form may send it
 */
@ConfigurationProperties("samverkan.intake")
public record IntakeProperties(Duration maxAge, Duration clockSkew, ZoneId timeZone) {
}

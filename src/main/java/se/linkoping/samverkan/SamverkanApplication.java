package se.linkoping.samverkan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    /** Linköping's time zone: meetings, weekly cycles and report times are all local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public static void main(String[] args) {
        // Timer cycles (cron) are evaluated in the JVM's time zone: make it Linköping's whatever the host says.
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        SpringApplication.run(SamverkanApplication.class, args);
    }

    @Bean
    Clock clock() {
        return new EngineClock(ZONE);
    }
}

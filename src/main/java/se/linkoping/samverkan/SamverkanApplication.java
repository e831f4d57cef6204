package se.linkoping.samverkan;

import java.time.Clock;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.linkoping.samverkan.system.EngineClock;
import se.linkoping.samverkan.system.Swedish;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    public static void main(String[] args) {
        // Timer cycles (cron) are evaluated in the JVM's time zone: make it Linköping's whatever the host says.
        TimeZone.setDefault(TimeZone.getTimeZone(Swedish.ZONE));
        SpringApplication.run(SamverkanApplication.class, args);
    }

    @Bean
    Clock clock() {
        return new EngineClock(Swedish.ZONE);
    }
}

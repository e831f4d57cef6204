package se.linkoping.samverkan;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import se.linkoping.samverkan.identity.SettingsToCorrect;
import se.linkoping.samverkan.system.EngineClock;
import se.linkoping.samverkan.system.Swedish;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    public static void main(String[] args) {
        // Timer cycles (cron) are evaluated in the JVM's time zone: make it Linköping's whatever the host says.
        TimeZone.setDefault(TimeZone.getTimeZone(Swedish.ZONE));
        try {
            SpringApplication.run(SamverkanApplication.class, args);
        } catch (RuntimeException failure) {
            // Spring Boot has logged what to correct (the failure analyzers); end once, with the code for it
            OptionalInt settings = SettingsToCorrect.exitCode(failure, System.getenv());
            if (settings.isPresent()) {
                System.exit(settings.getAsInt());
            }
            throw failure;
        }
    }

    @Bean
    Clock clock() {
        return new EngineClock(Swedish.ZONE);
    }
}

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

// Spring Security is on the classpath for single sign-on (profile oidc, singlesignon.SingleSignOnConfiguration, which
// sets it up itself); Spring Boot's own security would otherwise lock every page and the actuator behind a generated
// password: without the profile nothing of it runs, and with it only what that configuration sets up
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
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

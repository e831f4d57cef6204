package se.linkoping.samverkan.yearlyreport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.linkoping.samverkan.navigation.SamverkanPage;

/** The yearly report in the way around, for its {@link ReportAccess#READERS}. */
@Configuration(proxyBeanMethods = false)
class YearlyReportPage {

    @Bean
    SamverkanPage yearlyReportLink() {
        return SamverkanPage.forUsers("Årsrapport", "/arsrapport", 50,
                user -> ReportAccess.READERS.stream().anyMatch(user::isIn));
    }
}

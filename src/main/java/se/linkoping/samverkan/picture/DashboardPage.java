package se.linkoping.samverkan.picture;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.linkoping.samverkan.navigation.SamverkanPage;

/** The dashboard in the way around, for those {@link DashboardAccess} admits. */
@Configuration(proxyBeanMethods = false)
class DashboardPage {

    @Bean
    SamverkanPage dashboardLink() {
        return SamverkanPage.forUsers("Lägesbild", "/lagesbild", 20, DashboardAccess::mayView);
    }
}

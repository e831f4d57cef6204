package se.linkoping.samverkan.cooperationagreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.linkoping.samverkan.navigation.SamverkanPage;

/** The citizen promise in the way around: public, for everyone. */
@Configuration(proxyBeanMethods = false)
class CitizenPromisePage {

    @Bean
    SamverkanPage citizenPromiseLink() {
        return SamverkanPage.forEveryone("Medborgarlöfte", CitizenPromiseController.PATH, 60);
    }
}

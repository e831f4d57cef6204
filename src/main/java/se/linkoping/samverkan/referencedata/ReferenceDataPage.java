package se.linkoping.samverkan.referencedata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.linkoping.samverkan.navigation.SamverkanPage;

/** The reference data's page in the way around, for administrators only. */
@Configuration(proxyBeanMethods = false)
class ReferenceDataPage {

    static final String PATH = "/referensdata";

    @Bean
    SamverkanPage referenceDataLink() {
        return SamverkanPage.forUsers("Referensdata", PATH, 70, ReferenceAccess::mayKeep);
    }
}

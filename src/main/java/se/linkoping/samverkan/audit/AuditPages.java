package se.linkoping.samverkan.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.navigation.SamverkanPage;

/** The audit pages in the way around: for auditors and administrators, as {@link AuditAccess} decides. */
@Configuration(proxyBeanMethods = false)
class AuditPages {

    @Bean
    SamverkanPage auditLink() {
        return SamverkanPage.forUsers("Granskning", "/granskning", 30, SignedInUser::mayAudit);
    }

    @Bean
    SamverkanPage cadenceLink() {
        return SamverkanPage.forUsers("Mötesrytm", "/granskning/motesrytm", 40, SignedInUser::mayAudit);
    }
}

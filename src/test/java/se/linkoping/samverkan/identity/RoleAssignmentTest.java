package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A refused person is sent to where a role is really assigned: Camunda Admin, the directory or the provider. */
class RoleAssignmentTest {

    private final DirectoryGroups groups = new DirectoryGroups(Map.of("ks-chair", List.of("SG-KS-Ordforande")));

    private RoleAssignment assignment(boolean readOnly, String... profiles) {
        IdentityService identity = mock(IdentityService.class);
        when(identity.isReadOnly()).thenReturn(readOnly);
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new RoleAssignment(identity, groups, environment);
    }

    @Test
    void withTheEnginesOwnUsersInCamundaAdmin() {
        RoleAssignment local = assignment(false, "postgres");

        assertThat(local.howAssigned(OrganisationGroup.KS_CHAIR))
                .isEqualTo("En administratör tilldelar rollen i Camunda Admin (Grupper → KS ordförande).");
        assertThat(local.where()).isEqualTo("i Camunda Admin under Grupper");
    }

    @Test
    void withTheDirectoryInItsGroups() {
        RoleAssignment directory = assignment(true, "postgres", "ldap");

        assertThat(directory.howAssigned(OrganisationGroup.KS_CHAIR)).isEqualTo(
                "Rollen tilldelas i kommunens katalog: den som är medlem i gruppen SG-KS-Ordforande har den.");
        assertThat(directory.where()).isEqualTo("i kommunens katalog (samverkan.identity.groups)");
    }

    @Test
    void withSingleSignOnAtTheProviderNeverInCamundaAdminWhereItWouldNotLast() {
        RoleAssignment provider = assignment(false, "postgres", "oidc");

        assertThat(provider.howAssigned(OrganisationGroup.KS_CHAIR)).isEqualTo("Rollen tilldelas i kommunens "
                + "inloggningstjänst: den som är medlem i gruppen SG-KS-Ordforande har den från nästa inloggning.")
                .doesNotContain("Camunda Admin");
        assertThat(provider.where()).doesNotContain("Camunda Admin");
    }
}

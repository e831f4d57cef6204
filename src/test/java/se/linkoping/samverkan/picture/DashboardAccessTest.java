package se.linkoping.samverkan.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.identity.OrganisationGroup;

class DashboardAccessTest {

    @Test
    void theBodiesOfThePictureSeeItAndOnlyEstTheSecurityUnitThePoliceAndAdministratorsReadDescriptions() {
        for (OrganisationGroup group : OrganisationGroup.values()) {
            SignedInUser member = new SignedInUser("someone", List.of(group.id()));
            boolean views = switch (group) {
                case EST, SECURITY_UNIT, POLICE, COORDINATION_GROUP, STEERING_GROUP, POLITICAL_STEERING_GROUP,
                     CAMUNDA_ADMIN -> true;
                default -> false;
            };
            boolean reads = switch (group) {
                case EST, SECURITY_UNIT, POLICE, CAMUNDA_ADMIN -> true;
                default -> false;
            };
            assertThat(DashboardAccess.mayView(member)).as(group.id()).isEqualTo(views);
            assertThat(DashboardAccess.readsDescriptions(member)).as(group.id()).isEqualTo(reads);
        }
    }

    @Test
    void oneViewingGroupIsEnoughAndNoGroupIsNothing() {
        assertThat(DashboardAccess.mayView(new SignedInUser("johan.berg", List.of("social-care", "coordination-group"))))
                .isTrue();
        assertThat(DashboardAccess.readsDescriptions(new SignedInUser("johan.berg",
                List.of("social-care", "coordination-group")))).isFalse();
        assertThat(DashboardAccess.mayView(new SignedInUser("nobody", List.of()))).isFalse();
        assertThat(DashboardAccess.mayView(new SignedInUser("karin.wall", List.of("auditors")))).isFalse();
    }
}

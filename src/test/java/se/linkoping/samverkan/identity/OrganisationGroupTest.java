package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group's name in full, for short, and its acronym, all from its one Swedish name. */
class OrganisationGroupTest {

    @Test
    void estIsNamedInFullForShortAndByItsAcronym() {
        assertThat(OrganisationGroup.EST.swedishName()).isEqualTo("EST-arbetsgruppen (Effektiv samordning för trygghet)");
        assertThat(OrganisationGroup.EST.shortName()).isEqualTo("EST-arbetsgruppen");
        assertThat(OrganisationGroup.EST.acronym()).isEqualTo("EST");
    }

    @Test
    void groupsWithoutExplanationOrAcronymKeepTheirName() {
        assertThat(OrganisationGroup.COORDINATION_GROUP.shortName()).isEqualTo("Lednings- och samordningsgruppen");
        assertThat(OrganisationGroup.COORDINATION_GROUP.acronym()).isEqualTo("Lednings- och samordningsgruppen");
        assertThat(OrganisationGroup.STEERING_GROUP.acronym()).isEqualTo("Styrgruppen");
        assertThat(OrganisationGroup.PARTNER_SYSTEMS.shortName()).isEqualTo("Partnersystem");
        assertThat(OrganisationGroup.POLICE.acronym()).isEqualTo("Polisen, lokalpolisområde Linköping");
    }

    @Test
    void rolesAreNamedForShortAsPeopleReadThemBesideAName() {
        assertThat(OrganisationGroup.roles()).containsExactly(OrganisationGroup.KS_CHAIR,
                OrganisationGroup.POLICE_AREA_CHIEF, OrganisationGroup.COORDINATION_GROUP_CONVENER,
                OrganisationGroup.STEERING_GROUP_CONVENER, OrganisationGroup.POLITICAL_STEERING_GROUP_CONVENER);
        assertThat(OrganisationGroup.KS_CHAIR.shortName()).isEqualTo("KS ordförande");
        assertThat(OrganisationGroup.POLICE_AREA_CHIEF.shortName()).isEqualTo("Lokalpolisområdeschef");
        assertThat(OrganisationGroup.STEERING_GROUP_CONVENER.shortName()).isEqualTo("Sammankallande, styrgruppen");
        assertThat(RoleHolders.asRole("Lars Holm", OrganisationGroup.KS_CHAIR)).isEqualTo("Lars Holm (KS ordförande)");
        assertThat(OrganisationGroup.roles()).allSatisfy(role -> {
            assertThat(role.isStaff()).as("a role is no staff group of its own").isFalse();
            assertThat(role.worksInTasklist()).isTrue();
            assertThat(role.camundaType()).isEqualTo("WORKFLOW");
        });
    }
}

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
}

package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DirectoryGroupsTest {

    private final DirectoryGroups groups = new DirectoryGroups(Map.of(
            "est", List.of("SG-Samverkan-EST"),
            // as an environment variable gives it: SAMVERKAN_IDENTITY_GROUPS_COORDINATIONGROUP
            "coordinationgroup", List.of("SG-Samverkan-LSG", " SG-Ledning "),
            "camunda-admin", List.of("SG-Samverkan-Admin")));

    @Test
    void aDirectoryGroupStandsForTheOrganisationGroupItIsSetFor() {
        assertThat(groups.organisationGroupsOf(List.of("sg-samverkan-est", "SG-Ledning", "Alla anställda")))
                .containsExactly("est", "coordination-group");
        assertThat(groups.organisationGroupOf("SG-Samverkan-Admin")).contains("camunda-admin");
        assertThat(groups.organisationGroupOf("Alla anställda")).isEmpty();
    }

    @Test
    void aGroupWithoutASettingIsTheDirectoryGroupOfItsOwnId() {
        assertThat(groups.organisationGroupsOf(List.of("police", "est"))).containsExactly("police");
        assertThat(groups.directoryNamesOf("police")).containsExactly("police");
        assertThat(groups.directoryNamesOf("coordination-group")).containsExactly("SG-Samverkan-LSG", "SG-Ledning");
        assertThat(groups.directoryNamesOf("no-such-group")).isEmpty();
    }

    @Test
    void aDistinguishedNameCountsByItsCommonName() {
        assertThat(groups.organisationGroupsOf(List.of("CN=SG-Samverkan-EST,OU=Grupper,DC=linkoping,DC=se")))
                .containsExactly("est");
        assertThat(DirectoryGroups.commonName("cn=Polisen")).isEqualTo("Polisen");
    }

    @Test
    void aSettingForAGroupSamverkanDoesNotHaveStopsTheStartInSwedish() {
        assertThatThrownBy(() -> new DirectoryGroups(Map.of("esst", List.of("SG-EST"))))
                .hasMessageContaining("esst").hasMessageContaining("inte är grupper i Samverkan")
                .hasMessageContaining("coordination-group");
    }

    @Test
    void noSettingsAtAllMeansEveryGroupByItsId() {
        DirectoryGroups plain = new DirectoryGroups(null);
        assertThat(plain.organisationGroupsOf(List.of("est", "auditors"))).containsExactly("est", "auditors");
    }
}

package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import se.linkoping.samverkan.support.OnH2;

/**
 * On H2 the engine keeps its default (revoke checks only where revokes exist): its join of a member's grants
 * finds each task's grants through the index on the grant's resource.
 */
@OnH2
class TaskAuthorizationOnH2Test extends TaskAuthorizationScenarios {

    @Override
    String expectedRevokeChecks() {
        return "auto";
    }

    @Override
    String explain() {
        return "EXPLAIN";
    }

    @Override
    void assertGrantsFoundByIndex(String plan) {
        assertThat(plan).as(plan)
                .containsPattern("FROM PUBLIC\\.ACT_RU_AUTHORIZATION A\\s*/\\* PUBLIC\\.ACT_IDX_AUTH_RESOURCE_ID: RESOURCE_ID_")
                .contains("RESOURCE_ID_ IN(RES.ID_, D.KEY_, '*')");
    }
}

package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.OnPostgres;

/**
 * On PostgreSQL the engine checks authorizations with revoke checks always on: each task's grants are
 * looked up by index. Its other form (the one "auto" picks while no revoke exists) joins all of a member's
 * grants to every task, and PostgreSQL, which cannot estimate the permission bits, plans that as one
 * comparison of every task with every grant.
 */
@OnPostgres
class TaskAuthorizationOnPostgresTest extends TaskAuthorizationScenarios {

    @Override
    String expectedRevokeChecks() {
        return "always";
    }

    @Override
    String explain() {
        return "EXPLAIN (FORMAT JSON)";
    }

    @Override
    void assertGrantsFoundByIndex(String plan) {
        List<JsonNode> grantScans = new ArrayList<>();
        try {
            collect(new ObjectMapper().readTree(plan).get(0).get("Plan"), grantScans);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(plan, unreadable);
        }
        assertThat(grantScans).as(plan).isNotEmpty()
                .allSatisfy(scan -> assertThat(scan.get("Node Type").asText()).as(plan).isNotEqualTo("Seq Scan"));
        assertThat(grantScans).as(plan)
                .anySatisfy(scan -> assertThat(scan.path("Index Cond").asText()).contains("res.id_"));
    }

    private static void collect(JsonNode node, List<JsonNode> grantScans) {
        if ("act_ru_authorization".equals(node.path("Relation Name").asText())) {
            grantScans.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, grantScans);
        }
    }
}

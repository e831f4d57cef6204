package se.linkoping.samverkan.eventcoordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The start form of {@code event-coordination} carries the participants it offers: this keeps them equal
 * to the departments, units and the police of {@link OrganisationGroup}, under the names the event's
 * facts and plans use, so that every one offered is accepted and named alike.
 */
class EventFormMatchesGroupsTest {

    @Test
    void theStartFormOffersEveryUnitUnderItsSwedishName() throws IOException {
        JsonNode field = StreamSupport.stream(new ObjectMapper().readTree(Path.of("forms/event-start.form").toFile())
                        .get("components").spliterator(), false)
                .filter(c -> "participants".equals(c.path("key").asText())).findFirst().orElseThrow();
        List<Map.Entry<String, String>> offered = StreamSupport.stream(field.get("values").spliterator(), false)
                .map(v -> Map.entry(v.get("value").asText(), v.get("label").asText())).toList();

        assertThat(offered).containsExactlyInAnyOrderElementsOf(Arrays.stream(OrganisationGroup.values())
                .filter(g -> g.kind() == OrganisationGroup.Kind.UNIT)
                .map(g -> Map.entry(g.id(), g.swedishName())).toList());
    }
}

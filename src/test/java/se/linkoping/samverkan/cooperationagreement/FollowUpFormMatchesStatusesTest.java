package se.linkoping.samverkan.cooperationagreement;

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

/**
 * The follow-up form cannot ask the server for its options, so it carries them: this keeps them equal to
 * {@link FollowUpStatus}, codes and Swedish names, so that the form, the public page and the yearly report
 * name a follow-up's status alike.
 */
class FollowUpFormMatchesStatusesTest {

    @Test
    void theFollowUpFormOffersEveryStatusUnderItsSwedishName() throws IOException {
        JsonNode field = StreamSupport.stream(new ObjectMapper().readTree(Path.of("forms/promise-follow-up.form")
                        .toFile()).get("components").spliterator(), false)
                .filter(c -> "followUpStatus".equals(c.path("key").asText())).findFirst().orElseThrow();
        List<Map.Entry<String, String>> offered = StreamSupport.stream(field.get("values").spliterator(), false)
                .map(v -> Map.entry(v.get("value").asText(), v.get("label").asText())).toList();

        assertThat(offered).containsExactlyElementsOf(Arrays.stream(FollowUpStatus.values())
                .map(s -> Map.entry(s.name(), s.swedish())).toList());
    }
}

package se.linkoping.samverkan.estweeklycycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The place types' Swedish names are the analysis form's labels: pages and exports say what EST chose. */
class PlaceTypeMatchesFormTest {

    @Test
    void theFormOffersEveryPlaceTypeByItsSwedishName() throws IOException {
        Map<String, String> offered = new LinkedHashMap<>();
        for (JsonNode field : new ObjectMapper().readTree(Path.of("forms", "est-problem-analysis.form").toFile())
                .get("components")) {
            if ("placeType".equals(field.path("key").asText())) {
                field.get("values").forEach(v -> offered.put(v.get("value").asText(), v.get("label").asText()));
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        Arrays.stream(PlaceType.values()).forEach(type -> named.put(type.code(), type.swedishName()));

        assertThat(offered).isEqualTo(named);
        assertThat(PlaceType.nameOf("bostadsomrade")).isEqualTo("Bostadsområde");
        assertThat(Trend.nameOf("rising")).isEqualTo("ökande");
        assertThat(Trend.nameOf("FALLING")).isEqualTo("minskande");
    }
}

package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.OnH2;

/**
 * The forms in {@code forms/} carry the lists as delivered (the seed of the migrations), so that the forms deployed at
 * the first start offer the right options before {@link ReferenceForms} replaces them with the database's. A district
 * added by a migration is added to the forms too (in Camunda Modeler), or this fails; what administrators change
 * later reaches Tasklist through {@link ReferenceForms}.
 */
@OnH2
class FormOptionsMatchReferenceDataTest {

    @Autowired
    ReferenceData referenceData;

    @Test
    void everySelectOfDistrictCategoryOrSourceOffersExactlyTheActiveReferenceData() throws IOException {
        Map<String, List<ReferenceEntry>> expected = Map.of(
                "district", referenceData.districts(),
                "source", referenceData.sources(),
                "category", referenceData.categories().stream()
                        .map(c -> new ReferenceEntry(c.code(), c.name())).toList());
        List<String> checked = new ArrayList<>();

        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode field : new ObjectMapper().readTree(form.toFile()).get("components")) {
                    String key = field.path("key").asText();
                    if ("select".equals(field.path("type").asText()) && expected.containsKey(key)) {
                        List<ReferenceEntry> offered = new ArrayList<>();
                        field.get("values").forEach(v -> offered.add(
                                new ReferenceEntry(v.get("value").asText(), v.get("label").asText())));
                        assertThat(offered).as("%s in %s", key, form.getFileName()).isEqualTo(expected.get(key));
                        checked.add(form.getFileName() + ":" + key);
                    }
                }
            }
        }
        assertThat(checked).contains("incident-report-start.form:district", "incident-report-start.form:category",
                "incident-report-start.form:source");
    }
}

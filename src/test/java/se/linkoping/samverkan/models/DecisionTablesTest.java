package se.linkoping.samverkan.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.samverkan.support.DecisionTableUnderTest;

/**
 * What every decision table in {@code bpmn/} must have, however it decides: a public-record history
 * time-to-live, and a reason on every rule that Camunda Modeler shows too. Each table's rules are
 * tested in the package of the feature that uses it.
 */
class DecisionTablesTest {

    static Stream<String> decisionKeys() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".dmn"))
                    .map(name -> name.substring(0, name.length() - ".dmn".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void isKeptTenYearsAsAPublicRecord(String key) {
        assertThat(DecisionTableUnderTest.load(key).historyTimeToLive()).isEqualTo("3650");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void saysWhyOnEveryRule(String key) {
        DecisionTableUnderTest table = DecisionTableUnderTest.load(key);

        assertThat(table.annotationColumns()).containsExactly("Motivering");
        assertThat(table.annotations()).containsOnlyKeys(table.ruleIds())
                .allSatisfy((rule, why) -> assertThat(why).as(rule).isNotBlank());
        assertThat(table.ruleIds()).allSatisfy(rule -> assertThat(rule).matches("Rule_[A-Z][A-Za-z]+"));
        assertThat(table.labels()).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    /** Modeler shows a rule's description in its Annotations column, not the DMN annotation entry. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionKeys")
    void showsTheSameReasonInModeler(String key) {
        DecisionTableUnderTest table = DecisionTableUnderTest.load(key);

        assertThat(table.descriptions()).isEqualTo(table.annotations());
    }
}

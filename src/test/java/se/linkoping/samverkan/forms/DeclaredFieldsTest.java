package se.linkoping.samverkan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every form of every model is one whose fields {@link SubmittedVariablesGuard} knows: each start event and user
 * task names a Camunda Form of {@code forms/} (no embedded or external form, whose fields could not be read, and
 * so nothing submitted with it checked by name), and each form declares its fields by key.
 */
class DeclaredFieldsTest {

    private static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"([^\"]*)\"");
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]*)\"");

    @Test
    void everyModelNamesCamundaFormsOnlyAndEachDeclaresItsFields() throws IOException {
        List<String> refs = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                assertThat(FORM_KEY.matcher(xml).find()).as("%s has an embedded or external form", model).isFalse();
                assertThat(xml).as("%s has a generated form", model).doesNotContain("camunda:formData");
                Matcher ref = FORM_REF.matcher(xml);
                while (ref.find()) {
                    refs.add(ref.group(1));
                }
            }
        }
        assertThat(refs).hasSizeGreaterThanOrEqualTo(30);

        for (String ref : refs) {
            Path form = Path.of("forms", ref + ".form");
            assertThat(form).as("the form %s", ref).exists();
            DeclaredFields fields = DeclaredFields.ofCamundaForm(Files.newInputStream(form));
            assertThat(fields.known()).isTrue();
            assertThat(fields.fields()).as("the fields of %s", ref).isNotEmpty();
            fields.fields().values().forEach(field -> assertThat(field.label()).as("a label in %s", ref).isNotBlank());
        }
    }

    @Test
    void aFormsFieldsByKeyWithShownTextsListsGroupsAndReferences() {
        DeclaredFields fields = DeclaredFields.ofCamundaForm(form("""
                {"components": [
                  {"type": "text", "text": "## {{matterTitle}}"},
                  {"type": "textarea", "key": "matterFacts", "label": "Ärendet", "disabled": true},
                  {"type": "textfield", "key": "rationale", "label": "Motivering", "validate": {"maxLength": 400}},
                  {"type": "textfield", "key": "externalReference", "label": "Referens",
                   "properties": {"privacy": "reference"}},
                  {"type": "checklist", "key": "departments", "label": "Förvaltningar"},
                  {"type": "group", "label": "Plats", "components": [
                    {"type": "textfield", "key": "place.street", "label": "Gata"},
                    {"type": "number", "key": "count", "label": "Antal", "readonly": true}]},
                  {"type": "dynamiclist", "path": "actions", "label": "Åtgärder", "components": [
                    {"type": "textfield", "key": "what", "label": "Vad"}]}
                ]}"""));

        assertThat(fields.fields().keySet()).containsExactly("matterFacts", "rationale", "externalReference",
                "departments", "place", "count", "actions");
        assertThat(fields.declares("matterTitle")).isFalse();
        assertThat(fields.field("matterFacts").shown()).isTrue();
        assertThat(fields.field("count").shown()).isTrue();
        assertThat(fields.field("rationale").shown()).isFalse();
        assertThat(fields.field("rationale").maxLength()).isEqualTo(400);
        assertThat(fields.field("externalReference").reference()).isTrue();
        assertThat(fields.field("rationale").reference()).isFalse();
        assertThat(fields.field("departments").holdsJson()).isTrue();
        assertThat(fields.field("place").holdsJson()).isTrue();
        assertThat(fields.field("actions").holdsJson()).isTrue();
        assertThat(fields.field("rationale").holdsJson()).isFalse();
    }

    private static ByteArrayInputStream form(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

package se.linkoping.samverkan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The checks of one submitted value: its kind before the engine reads it, its text after the form's own step. */
class SubmittedValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final DeclaredFields.Field NOTES = new DeclaredFields.Field("notes", "Anteckningar", "textarea",
            200, false, false);
    private static final DeclaredFields.Field REFERENCE = new DeclaredFields.Field("ref", "Referens", "textfield",
            null, true, false);
    private static final DeclaredFields.Field LIST = new DeclaredFields.Field("departments", "Förvaltningar",
            "checklist", null, false, false);

    @Test
    void filesBytesAndJavaObjectsAreRefusedBeforeTheEngineReadsThem() {
        assertThat(SubmittedValues.kindProblem("notes", Variables.fileValue("a.txt").file(new byte[] {1}).create(),
                NOTES)).contains("Fältet ”Anteckningar” innehåller en fil");
        assertThat(SubmittedValues.kindProblem("notes", new byte[] {1, 2}, NOTES)).contains("binära data");
        assertThat(SubmittedValues.kindProblem("notes", Variables.serializedObjectValue("rO0AB")
                .serializationDataFormat("application/x-java-serialized-object").create(), NOTES))
                .contains("har en sorts värde som inte tas emot här");
        assertThat(SubmittedValues.kindProblem("departments", Variables.serializedObjectValue("{}")
                .serializationDataFormat("application/json").objectTypeName("javax.swing.JFrame").create(), LIST))
                .contains("har en sorts värde som inte tas emot här");
        // a list the process held already, as Tasklist sends it back
        assertThat(SubmittedValues.kindProblem("departments", Variables.serializedObjectValue("[\"a\"]")
                .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create(), LIST))
                .isNull();
        assertThat(SubmittedValues.kindProblem("notes", Variables.serializedObjectValue("[\"a\"]")
                .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create(), NOTES))
                .isNotNull();
        assertThat(SubmittedValues.kindProblem("departments", List.of("social-care"), LIST)).isNull();
        assertThat(SubmittedValues.kindProblem("notes", List.of("social-care"), NOTES)).isNotNull();
        assertThat(SubmittedValues.kindProblem("notes", "text", NOTES)).isNull();
        assertThat(SubmittedValues.kindProblem("notes", 3, NOTES)).isNull();
        assertThat(SubmittedValues.kindProblem("notes", Variables.booleanValue(true), NOTES)).isNull();
    }

    @Test
    void textsAreCheckedForLengthControlCharactersAndPersonalNumbersInEverySpelling() {
        assertThat(SubmittedValues.textProblems("notes", "x".repeat(201), NOTES, TODAY))
                .containsExactly("Fältet ”Anteckningar” får vara högst 200 tecken men är 201. Korta texten.");
        assertThat(SubmittedValues.textProblems("extra", "x".repeat(5000), null, TODAY)).singleElement()
                .asString().contains("högst 4000 tecken");
        assertThat(SubmittedValues.textProblems("notes", "a\u0000b", NOTES, TODAY)).singleElement().asString()
                .contains("styrtecken");
        for (String spelling : List.of("Gärningsman 811218-9876", "８１１２１８－９８７６", "811218\u200B-9876",
                "8112 18-9876", "811218\n9876", "19811218 9876")) {
            assertThat(SubmittedValues.textProblems("notes", spelling, NOTES, TODAY)).as(spelling).singleElement()
                    .asString().contains("ser ut som ett personnummer");
        }
        assertThat(SubmittedValues.textProblems("notes", "Trappuppgång 4, 14 personer", NOTES, TODAY)).isEmpty();
    }

    @Test
    void aReferenceIsCheckedByItsOwnRule() {
        // a partner's date-serial whose check digit does not fit is a reference, not a personal number
        assertThat(SubmittedValues.textProblems("ref", "20261201-0001", REFERENCE, TODAY)).isEmpty();
        assertThat(SubmittedValues.textProblems("ref", "19811218-9876", REFERENCE, TODAY)).isNotEmpty();
    }

    @Test
    void aNameIsRepeatedPrintableShortAndWithoutAPersonalNumber() {
        assertThat(SubmittedValues.shown("811218-9876")).isEqualTo("[personnummer borttaget]");
        assertThat(SubmittedValues.shown("a\u0000b")).isEqualTo("ab");
        assertThat(SubmittedValues.shown("n".repeat(100))).hasSize(41).endsWith("…");
    }
}

package se.linkoping.samverkan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.forms.TextFields;

/** The checks of free text, and texts cut to what a Camunda variable holds. */
class TextFieldsTest {

    @Test
    void aTextIsCheckedForPresenceLengthAndPersonalNumbers() {
        List<String> reasons = new ArrayList<>();
        assertThat(TextFields.checked("  Klotter  ", "Beskrivning", 10, true, reasons)).isEqualTo("Klotter");
        assertThat(TextFields.checked(" ", "Beskrivning", 10, true, reasons)).isNull();
        TextFields.checked("Ring 850709-9805 i morgon", "Beskrivning", 10, false, reasons);
        assertThat(reasons).containsExactly("Beskrivning saknas.",
                "Beskrivning får vara högst 10 tecken men är 25. Korta texten.",
                "Beskrivning innehåller något som ser ut som ett personnummer eller samordningsnummer: ta bort det.");
    }

    @Test
    void aLongTextForAFormIsCutToWhatAVariableHoldsAndSaysSo() {
        assertThat(TextFields.forDisplay(null)).isNull();
        String fits = "x".repeat(TextFields.VARIABLE_MAX);
        assertThat(TextFields.forDisplay(fits)).isSameAs(fits);
        String cut = TextFields.forDisplay("y".repeat(TextFields.VARIABLE_MAX + 1));
        assertThat(cut).hasSize(TextFields.VARIABLE_MAX).endsWith("(förkortat här; hela texten finns i Samverkan)");
    }
}

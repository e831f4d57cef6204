package se.linkoping.samverkan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class MaxLengthTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Note(@MaxLength(value = 5, message = "Anteckning får vara högst {max} tecken men är {length}.") String text) {
    }

    @Test
    void aTextUpToTheLimitOnceStrippedPasses() {
        assertThat(VALIDATOR.validate(new Note("  abcde \n"))).isEmpty();
        assertThat(VALIDATOR.validate(new Note(null))).isEmpty();
    }

    @Test
    void aLongerTextIsRefusedWithTheLimitAndItsLength() {
        assertThat(VALIDATOR.validate(new Note("abcdefg"))).extracting(ConstraintViolation::getMessage)
                .containsExactly("Anteckning får vara högst 5 tecken men är 7.");
    }
}

package se.linkoping.samverkan.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class NoPersonalIdentityNumberTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Text(@NoPersonalIdentityNumber String value) {
    }

    record Reference(@NoPersonalIdentityNumber(checkDigitRequired = true) String value) {
    }

    @Test
    void aTextWithAPersonalNumberIsRefusedInSwedish() {
        assertThat(VALIDATOR.validate(new Text("Mannen, 850709-9805, sprang.")))
                .singleElement().satisfies(v -> assertThat(v.getMessage()).contains("personnummer"));
        assertThat(VALIDATOR.validate(new Text("Buss 12 vid Storgatan 45."))).isEmpty();
        assertThat(VALIDATOR.validate(new Text(null))).isEmpty();
    }

    @Test
    void aReferenceIsRefusedOnlyForANumberWithACorrectCheckDigit() {
        assertThat(VALIDATOR.validate(new Reference("20260314-0042"))).isEmpty();
        assertThat(VALIDATOR.validate(new Reference("8507099805"))).hasSize(1);
    }
}

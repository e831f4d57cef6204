package se.linkoping.samverkan.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoPersonalIdentityNumber}. */
public class NoPersonalIdentityNumberValidator implements ConstraintValidator<NoPersonalIdentityNumber, String> {

    private boolean checkDigitRequired;

    @Override
    public void initialize(NoPersonalIdentityNumber constraint) {
        checkDigitRequired = constraint.checkDigitRequired();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return checkDigitRequired ? !PersonalIdentityNumbers.containsValidOne(text)
                : !PersonalIdentityNumbers.containsOne(text);
    }
}

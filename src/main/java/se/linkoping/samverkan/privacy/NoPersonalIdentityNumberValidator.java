package se.linkoping.samverkan.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link NoPersonalIdentityNumber}. */
public class NoPersonalIdentityNumberValidator implements ConstraintValidator<NoPersonalIdentityNumber, String> {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private boolean checkDigitRequired;
    private boolean reference;

    @Override
    public void initialize(NoPersonalIdentityNumber constraint) {
        checkDigitRequired = constraint.checkDigitRequired();
        reference = constraint.reference();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (reference) {
            LocalDate today = LocalDate.now(context.getClockProvider().getClock().withZone(SWEDEN));
            return !PersonalIdentityNumbers.containsOneInReference(text, today);
        }
        return checkDigitRequired ? !PersonalIdentityNumbers.containsValidOne(text)
                : !PersonalIdentityNumbers.containsOne(text);
    }
}

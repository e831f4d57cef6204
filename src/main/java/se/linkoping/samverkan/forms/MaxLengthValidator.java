package se.linkoping.samverkan.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link MaxLength}, giving its message the limit and the text's length. */
public class MaxLengthValidator implements ConstraintValidator<MaxLength, String> {

    private int max;

    @Override
    public void initialize(MaxLength constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        int length = text == null ? 0 : text.strip().length();
        if (length <= max) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("max", max)
                .addMessageParameter("length", length);
        return false;
    }
}

package se.linkoping.samverkan.forms;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of at most {@link #value()} characters once stripped of surrounding white space, as it is stored. The
 * message may name {@code {max}} and the text's {@code {length}}. Null is valid.
 */
@Documented
@Constraint(validatedBy = MaxLengthValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "Texten får vara högst {max} tecken men är {length}. Korta texten.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

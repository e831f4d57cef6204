package se.linkoping.samverkan.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that must hold no Swedish personal identity or coordination number ({@link PersonalIdentityNumbers}).
 * Null is valid: whether a text is required is another constraint's business.
 */
@Documented
@Constraint(validatedBy = NoPersonalIdentityNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalIdentityNumber {

    String message() default "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer: ta "
            + "bort det.";

    /**
     * Only a number with a correct check digit counts: for references made by machines, where dates followed by
     * serial numbers are common.
     */
    boolean checkDigitRequired() default false;

    /**
     * The text is a partner's reference: checked by {@link PersonalIdentityNumbers#containsOneInReference}, so a
     * date-serial reference such as {@code 20260314-0042} passes whatever its last digit.
     */
    boolean reference() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

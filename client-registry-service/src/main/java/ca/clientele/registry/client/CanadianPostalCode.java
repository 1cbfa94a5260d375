package ca.clientele.registry.client;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A postal code {@link PostalCode} accepts; null or blank passes (no code). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CanadianPostalCode.Validator.class)
@interface CanadianPostalCode {

    String message() default "{client.address.postal-code.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CanadianPostalCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PostalCode.isValid(value);
        }
    }
}

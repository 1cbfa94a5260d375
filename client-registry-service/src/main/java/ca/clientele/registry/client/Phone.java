package ca.clientele.registry.client;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number {@link PhoneNumbers} can write in E.164, or with {@code extension = true} such a
 * number followed by an extension; null or blank passes (no number).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Phone.Validator.class)
public @interface Phone {

    String message() default "{client.phone.invalid}";

    /** Whether an extension may follow ("poste 12"): for a number kept as written, not in E.164. */
    boolean extension() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Phone, String> {

        private boolean extension;

        @Override
        public void initialize(Phone phone) {
            extension = phone.extension();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return extension ? PhoneNumbers.isValidWithExtension(value) : PhoneNumbers.isValid(value);
        }
    }
}

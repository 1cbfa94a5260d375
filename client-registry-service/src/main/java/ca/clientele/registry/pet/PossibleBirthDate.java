package ca.clientele.registry.pet;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A birth date that is not after today in Quebec ({@link Pet#isPossibleBirthDate}, the aggregate's
 * own rule), rather than {@code @PastOrPresent}, whose "today" is the server's zone.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PossibleBirthDate.Validator.class)
@interface PossibleBirthDate {

    String message() default "{pet.birth-date.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PossibleBirthDate, LocalDate> {

        private final Clock clock;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return Pet.isPossibleBirthDate(value, clock.instant());
        }
    }
}

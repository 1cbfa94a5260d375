package ca.clientele.webportal.messages;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * E-mail addresses typed in one box, separated by commas (or semicolons, spaces, lines: what people
 * paste from a mail program): at most {@link #max()}, each of them an address. Blank is an empty
 * list. The message (code {@code EmailList}, {1} = max) stands next to the field; the service checks
 * the addresses again.
 */
@Documented
@Constraint(validatedBy = EmailList.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface EmailList {

    int max();

    String message() default "{EmailList}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<EmailList, String> {

        private int max;

        @Override
        public void initialize(EmailList constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            List<String> addresses = EmailAddresses.split(typed);
            return addresses.size() <= max && addresses.stream().allMatch(EmailAddresses::plausible);
        }
    }
}

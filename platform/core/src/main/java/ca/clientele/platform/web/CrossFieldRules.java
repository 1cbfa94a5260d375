package ca.clientele.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Rules between fields of one request body ("the end must not precede the start"), reported as
 * errors on the field concerned, like any other field error (RFC 9457 {@code errors}), with a
 * message key of the service's bundle, so in the caller's language. Shared by the services (registry: "a reason is
 * required for a ban"; tickets: incident dates).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldRules.Validator.class)
public @interface CrossFieldRules {

    String message() default "{problem.validation}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request body that knows its cross-field rules. */
    interface Checked {

        /** The broken rules; empty when all hold. Fields with their own errors may be skipped. */
        List<Broken> brokenRules();
    }

    /** A broken rule: the field it is reported on and the message key. */
    record Broken(String field, String messageKey) {}

    class Validator implements ConstraintValidator<CrossFieldRules, Checked> {
        @Override
        public boolean isValid(Checked value, ConstraintValidatorContext context) {
            List<Broken> broken = value == null ? List.of() : value.brokenRules();
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Broken rule : broken) {
                context.buildConstraintViolationWithTemplate("{" + rule.messageKey() + "}")
                        .addPropertyNode(rule.field())
                        .addConstraintViolation();
            }
            return false;
        }
    }
}

package ca.clientele.platform.portal;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text typed into any form is bound stripped, and an empty input as null: a service receives
 * "Francis" for " Francis " and no value rather than "" for a field left empty (its optional fields
 * are null, not blank). What was typed is still shown again when the form is refused.
 */
@ControllerAdvice
class FormInput {

    /**
     * Form objects only ({@code @ModelAttribute}, which has a target or a target type): a required
     * {@code @RequestParam} sent empty keeps its meaning rather than becoming a missing parameter.
     */
    @InitBinder
    void trimText(WebDataBinder binder) {
        if (binder.getTarget() != null || binder.getTargetType() != null) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        }
    }
}

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

    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}

package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link PageChrome} in the model of every page a controller renders, and binds every text
 * input without its outer spaces, a blank one as null: what "no value" means to a service, and
 * what {@code @NotBlank} refuses.
 */
@ControllerAdvice
class LayoutAdvice {

    /**
     * Form objects only: a {@code @RequestParam} sent empty stays "", not a missing parameter (which
     * would be a 400 before the controller could answer).
     */
    @InitBinder
    void trimmedText(WebDataBinder binder) {
        if (binder.getTarget() != null || binder.getTargetType() != null) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        }
    }

    @ModelAttribute
    void chrome(Model model, HttpServletRequest request) {
        model.addAllAttributes(PageChrome.attributes(request));
    }
}

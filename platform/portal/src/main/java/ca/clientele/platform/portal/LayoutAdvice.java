package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link PageChrome} in the model of every page a controller renders. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute
    void chrome(Model model, HttpServletRequest request) {
        model.addAllAttributes(PageChrome.attributes(request));
    }
}

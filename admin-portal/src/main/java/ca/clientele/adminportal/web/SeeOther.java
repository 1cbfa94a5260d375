package ca.clientele.adminportal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** After a post that changed something: 303 to the page that shows it, so a reload does not post again. */
public final class SeeOther {

    private SeeOther() {}

    /** {@code path}: under the portal's context path, e.g. {@code /clients/{id}?created=true}. */
    public static ModelAndView to(String path) {
        RedirectView page = new RedirectView(path, true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        // Nothing of the model (the page chrome's CSRF token, say) goes into the address.
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }
}

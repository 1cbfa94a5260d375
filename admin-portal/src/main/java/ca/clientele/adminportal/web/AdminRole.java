package ca.clientele.adminportal.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Some screens are for administrators only (the confidentiality-incident register): the menu shows
 * their link to administrators alone ({@code isAdmin} in every model), and their controllers refuse
 * anyone else with the portal's 403 page before asking a service, which refuses them too.
 */
@ControllerAdvice
public class AdminRole {

    static final String AUTHORITY = "ROLE_admin";

    @ModelAttribute
    void inModel(Model model) {
        model.addAttribute("isAdmin", isAdmin());
    }

    public static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /** The 403 page (ErrorPages) for staff without the admin role. */
    public static void require() {
        if (!isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
    }
}

package ca.clientele.ticket.category;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets/categories")
class CategoryController {

    private final TicketCategories categories;

    CategoryController(TicketCategories categories) {
        this.categories = categories;
    }

    /**
     * The categories a client may choose when opening a ticket. Staff may also ask for retired ones
     * (old tickets still show them); for a client the flag is ignored.
     */
    @GetMapping
    List<CategoryView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return categories.list(includeInactive && caller.isStaff(), locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('admin')")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryView add(@Valid @RequestBody NewCategory request, Locale locale) {
        return categories.add(request, locale);
    }
}

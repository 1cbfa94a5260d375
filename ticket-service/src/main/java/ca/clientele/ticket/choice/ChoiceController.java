package ca.clientele.ticket.choice;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The endpoints of one list of choices; a feature's {@code @RestController} extends it and sets
 * its path. Anyone signed in reads the active values (the ticket form offers them); staff see the
 * retired ones on request, add and change.
 */
public abstract class ChoiceController<C extends Choice> {

    private final Choices<C> choices;

    protected ChoiceController(Choices<C> choices) {
        this.choices = choices;
    }

    /** For a client the flag is ignored: retired values are only for staff (old tickets still show them). */
    @GetMapping
    public List<ChoiceView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return choices.list(includeInactive && caller.isStaff(), locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('staff')")
    @ResponseStatus(HttpStatus.CREATED)
    public ChoiceView add(@Valid @RequestBody NewChoice request, Locale locale) {
        return choices.add(request, locale);
    }

    /** Rename or retire ({@code active=false}); the code stays. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('staff')")
    public ChoiceView change(@PathVariable UUID id, @Valid @RequestBody ChoiceChange change, Locale locale) {
        return choices.change(id, change, locale);
    }
}

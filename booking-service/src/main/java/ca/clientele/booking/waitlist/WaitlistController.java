package ca.clientele.booking.waitlist;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "M'aviser si un créneau plus tôt se libère": a client's (or staff's for a client) place in a service's line. */
@RestController
@RequestMapping("/api/bookings/waitlist")
class WaitlistController {

    private final Waitlist waitlist;

    WaitlistController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WaitlistView.class)))
    ResponseEntity<WaitlistView> join(
            @Valid @RequestBody NewWaitlistEntry request, @Parameter(hidden = true) Caller caller) {
        WaitlistView entry = waitlist.join(request, caller);
        return ResponseEntity.created(URI.create("/api/bookings/waitlist/" + entry.id()))
                .body(entry);
    }

    /** A client names themself (404 otherwise); staff may list everyone's. */
    @GetMapping
    List<WaitlistView> list(@RequestParam(required = false) UUID clientId, @Parameter(hidden = true) Caller caller) {
        return waitlist.list(clientId, caller);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> leave(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        waitlist.leave(id, caller);
        return ResponseEntity.noContent().build();
    }
}

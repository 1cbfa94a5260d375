package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final ClientRepository clients;
    private final ClientRecords records;
    private final ClientRegistration registration;
    private final StaffRegistration staffRegistration;
    private final ClientSearch search;

    ClientController(
            ClientRepository clients,
            ClientRecords records,
            ClientRegistration registration,
            StaffRegistration staffRegistration,
            ClientSearch search) {
        this.clients = clients;
        this.records = records;
        this.registration = registration;
        this.staffRegistration = staffRegistration;
        this.search = search;
    }

    /** The caller's own record; 404 until their first portal visit created it. */
    @GetMapping("/me")
    ClientResponse me(@Parameter(hidden = true) Caller caller) {
        return records.read(caller.id(), caller);
    }

    /** First portal visit: creates the caller's record from their token. Idempotent. */
    @PostMapping("/me")
    @PreAuthorize("hasRole('client')")
    @ApiResponse(responseCode = "200", description = "The record existed already (e.g. created by staff)")
    @ApiResponse(responseCode = "201", description = "The record was created from the token")
    ResponseEntity<ClientResponse> registerMe(
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "The portal's language (the web portal relays it): the new record's language")
                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                    String acceptLanguage) {
        boolean existed = clients.existsById(caller.id());
        Client client;
        try {
            client = registration.registerFromToken(caller, registrationLanguage(acceptLanguage, caller.locale()));
        } catch (DataIntegrityViolationException raced) {
            // Two first visits at once (two tabs): the primary key let one win; answer with its record.
            client = clients.findById(caller.id()).orElseThrow(() -> raced);
            existed = true;
        }
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .body(records.response(client, caller));
    }

    /**
     * The language a portal registration starts in: the portal's (its Accept-Language, which the web portal always
     * sends as the language the client uses it in), else the token's {@code locale} (chosen on Keycloak's pages),
     * else French.
     */
    static String registrationLanguage(String acceptLanguage, String tokenLocale) {
        String chosen = null;
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                chosen = ranges.isEmpty() ? null : ranges.getFirst().getRange();
            } catch (IllegalArgumentException unreadable) {
                chosen = null;
            }
        }
        if (chosen == null || chosen.equals("*")) {
            chosen = tokenLocale;
        }
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    @GetMapping("/{id}")
    ClientResponse one(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return records.read(id, caller);
    }

    /** Staff register a client who called: a Keycloak account without password, then the record. */
    @PostMapping
    @PreAuthorize("hasRole('staff')")
    @ApiResponse(responseCode = "201", description = "Created, with its Keycloak account")
    ResponseEntity<ClientResponse> create(
            @Valid @RequestBody NewClient request, @Parameter(hidden = true) Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(records.response(staffRegistration.register(request), caller));
    }

    /** E-mails the client Keycloak's link to choose a password (and confirm the address). */
    @PostMapping("/{id}/invitation")
    @PreAuthorize("hasRole('staff')")
    @ApiResponse(responseCode = "202", description = "Keycloak accepted to send the e-mail")
    ResponseEntity<Invitation> invite(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(new Invitation(staffRegistration.invite(id)));
    }

    record Invitation(Instant sentAt) {}

    @GetMapping
    @PreAuthorize("hasRole('staff')")
    ClientPage list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ClientStatus status,
            @RequestParam(required = false) UUID branch,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return search.search(new ClientSearch.Criteria(q, status, branch), page, size);
    }
}

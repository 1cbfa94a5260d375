package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.backend.Backends;
import ca.clientele.adminportal.backend.Fallback;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The booking-service call of the client pages: the branches a preferred branch is chosen from. */
@Component
class BookingClient {

    private static final ParameterizedTypeReference<List<Branch>> BRANCHES = new ParameterizedTypeReference<>() {};

    private final RestClient http;

    BookingClient(Backends backends) {
        this.http = backends.booking();
    }

    /** Closed branches too: a client may still prefer one, and staff must see its name. */
    Branches branches() {
        return Fallback.optional(
                        "booking-service branches",
                        () -> http.get()
                                .uri("/api/branches?includeInactive=true")
                                .retrieve()
                                .body(BRANCHES))
                .map(Branches::of)
                .orElse(Branches.UNAVAILABLE);
    }
}

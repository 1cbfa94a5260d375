package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.backend.Backends;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The booking-service call of the client page: the branches a preferred branch is chosen from. */
@Component
class BookingClient {

    private static final ParameterizedTypeReference<List<Branch>> BRANCHES = new ParameterizedTypeReference<>() {};

    private final RestClient http;

    BookingClient(Backends backends) {
        this.http = backends.booking();
    }

    List<Branch> branches() {
        List<Branch> branches = http.get().uri("/api/branches").retrieve().body(BRANCHES);
        return branches == null ? List.of() : branches;
    }
}

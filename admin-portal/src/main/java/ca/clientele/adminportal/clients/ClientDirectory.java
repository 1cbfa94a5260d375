package ca.clientele.adminportal.clients;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The registry's client search for other screens that need to pick a client (giving a form to
 * someone): the same search as the client list, a few rows, names only.
 */
@Component
public class ClientDirectory {

    static final int SIZE = 10;

    private final RegistryClient registry;

    ClientDirectory(RegistryClient registry) {
        this.registry = registry;
    }

    /** Clients matching {@code text} (name, e-mail, phone or pet name, as the registry decides). */
    public List<ClientChoice> find(String text) {
        return registry.search(text, null, null, 0, SIZE).content().stream()
                .map(client -> new ClientChoice(client.id(), client.displayName(), client.email(), client.status()))
                .toList();
    }

    /** A client to choose: who they are and how to tell two namesakes apart. */
    public record ClientChoice(UUID id, String displayName, String email, String status) {}
}

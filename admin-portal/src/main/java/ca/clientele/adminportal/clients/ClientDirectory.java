package ca.clientele.adminportal.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /** One client, as a choice (the timesheet books for them under this name). */
    public ClientChoice client(UUID id) {
        ClientDetails client = registry.client(id);
        return new ClientChoice(client.id(), client.displayName(), client.email(), client.status());
    }

    /**
     * Where a home visit goes: the client's billing address and coordinates as the registry holds
     * them (the portal's booking page does the same), or empty when there is no billing address.
     */
    public Optional<VisitAddress> visitAddress(UUID clientId) {
        ClientDetails client = registry.client(clientId);
        ClientDetails.Address address = client.billingAddress();
        if (address == null || address.line1() == null) {
            return Optional.empty();
        }
        String street = address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
        return Optional.of(
                new VisitAddress(street, address.city(), address.postalCode(), client.latitude(), client.longitude()));
    }

    /** The client's current pets (archived ones cannot be booked). */
    public List<PetChoice> pets(UUID clientId) {
        return registry.pets(clientId, false).stream()
                .filter(Objects::nonNull)
                .filter(pet -> !pet.archived())
                .map(pet -> new PetChoice(pet.id(), pet.name(), pet.species()))
                .toList();
    }

    /** A client to choose: who they are and how to tell two namesakes apart. */
    public record ClientChoice(UUID id, String displayName, String email, String status) {}

    /** A home visit's address, with the coordinates travel time is computed from (null when unknown). */
    public record VisitAddress(
            String street, String city, String postalCode, BigDecimal latitude, BigDecimal longitude) {}

    /** A pet to choose for an appointment. */
    public record PetChoice(UUID id, String name, String species) {}
}

package ca.clientele.registry.client;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The default {@link Geocoder}: none. No geocoding service is reachable from this platform yet,
 * so coordinates are entered by staff; a real provider replaces this bean (ADR 0007).
 */
@Component
class ManualEntryGeocoder implements Geocoder {

    @Override
    public Optional<Coordinates> locate(Address address) {
        return Optional.empty();
    }
}

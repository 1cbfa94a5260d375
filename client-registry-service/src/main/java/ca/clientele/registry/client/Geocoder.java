package ca.clientele.registry.client;

import java.util.Optional;

/**
 * The port to a geocoding provider: where an address is. When an address changes and nobody
 * entered coordinates, the registry asks it; an empty answer leaves the coordinates as they are
 * (staff enter them by hand). ADR 0007: the default adapter is {@link ManualEntryGeocoder}.
 */
public interface Geocoder {

    /** Never throws: a provider that fails or does not know the address answers empty. */
    Optional<Coordinates> locate(Address address);
}

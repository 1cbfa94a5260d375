package ca.clientele.registry;

import ca.clientele.registry.client.Address;
import ca.clientele.registry.client.Coordinates;
import ca.clientele.registry.client.Geocoder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for the external systems the registry's ports lead to, in every registry IT: Keycloak's
 * admin API ({@link RecordingIdentityAccounts}) and a geocoding provider ({@link KnownPlaces}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RegistryTestDoubles {

    @Bean
    @Primary
    RecordingIdentityAccounts recordingIdentityAccounts() {
        return new RecordingIdentityAccounts();
    }

    @Bean
    @Primary
    KnownPlaces knownPlaces() {
        return new KnownPlaces();
    }

    /**
     * A geocoder that knows one postal code, {@link #KNOWN} (any other address: not found, as
     * with the default manual-entry adapter), and records what it was asked.
     */
    public static class KnownPlaces implements Geocoder {

        public static final String KNOWN = "H0H 0H0";
        public static final Coordinates FOUND = new Coordinates(new BigDecimal("45.5017"), new BigDecimal("-73.5673"));

        private final List<Address> asked = new CopyOnWriteArrayList<>();

        @Override
        public Optional<Coordinates> locate(Address address) {
            asked.add(address);
            return address.postalCode().value().equals(KNOWN) ? Optional.of(FOUND) : Optional.empty();
        }

        public List<Address> asked() {
            return List.copyOf(asked);
        }
    }
}

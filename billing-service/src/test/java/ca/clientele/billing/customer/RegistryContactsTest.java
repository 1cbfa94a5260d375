package ca.clientele.billing.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * Billing's adapter of the registry's contact endpoint against WireMock answering contract 1: the service account's
 * client-credentials token, the contract's JSON read into what invoices print, a 503 retried, a 404 as "unknown".
 */
class RegistryContactsTest {

    private final RegistryStub registry = RegistryStub.INSTANCE;
    private RegistryContacts contacts;

    @BeforeEach
    void setUp() {
        registry.reset();
        ClientRegistration registration = ClientRegistration.withRegistrationId("registry")
                .clientId("billing-service")
                .clientSecret("billing-secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(registry.url() + RegistryStub.TOKEN_PATH)
                .build();
        contacts = new RegistryContacts(
                RegistryContactConfiguration.client(
                        new InMemoryClientRegistrationRepository(registration),
                        registry.url(),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(2)),
                RegistryContactConfiguration.retry(3, Duration.ofMillis(20)));
    }

    @Test
    void readsTheContactWithTheServiceAccountsTokenAndPrintsNameAndAddress() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Léa", "Tremblay", "en", "1234, rue Saint-Denis");

        RegistryContact contact = contacts.contact(clientId).orElseThrow();

        assertThat(contact.printedName()).isEqualTo("Léa Tremblay");
        assertThat(contact.printedAddress()).containsExactly("1234, rue Saint-Denis", "app. 4", "Montréal QC H2X 1K4");
        assertThat(contact.printedLanguage()).isEqualTo("en");
        var read = registry.reads(clientId).getFirst();
        assertThat(read.getHeader("Authorization")).isEqualTo("Bearer " + RegistryStub.TOKEN);
        var token = registry.tokenRequests().getFirst();
        assertThat(token.getBodyAsString()).contains("grant_type=client_credentials");
        assertThat(token.getHeader("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("billing-service:billing-secret".getBytes()));
    }

    @Test
    void aContactWithoutBillingAddressPrintsTheNameOnly() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Marc", "Roy", "fr", null);

        RegistryContact contact = contacts.contact(clientId).orElseThrow();

        assertThat(contact.printedName()).isEqualTo("Marc Roy");
        assertThat(contact.printedAddress()).isEmpty();
    }

    @Test
    void a503IsRetriedAndTheNextAnswerWins() {
        UUID clientId = UUID.randomUUID();
        registry.unavailableOnceThen(clientId, "Léa", "Tremblay", "1234, rue Saint-Denis");

        assertThat(contacts.contact(clientId))
                .hasValueSatisfying(c -> assertThat(c.printedName()).isEqualTo("Léa Tremblay"));
        assertThat(registry.reads(clientId)).hasSize(2);
    }

    @Test
    void theSynchronousReadIsTriedOnce() {
        UUID clientId = UUID.randomUUID();
        registry.unavailableOnceThen(clientId, "Léa", "Tremblay", "1234, rue Saint-Denis");

        assertThatThrownBy(() -> contacts.contactOnce(clientId))
                .isInstanceOf(RegistryContacts.RegistryUnavailableException.class);
        assertThat(registry.reads(clientId)).hasSize(1);
    }

    @Test
    void anUnknownClientIsEmptyNotAFailure() {
        assertThat(contacts.contact(UUID.randomUUID())).isEmpty();
    }
}

package ca.clientele.event.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.UUID;

/**
 * The registry's contact endpoint (contract 1), the ticket-service's copies of a reply and Keycloak's token endpoint
 * as WireMock answers them: only to the bearer of the token the token endpoint gave; anything not stubbed is 404 (an
 * unknown client or ticket). One server per test JVM (cached context).
 */
final class RegistryStub {

    static final RegistryStub INSTANCE = new RegistryStub();
    static final String TOKEN_PATH = "/realms/clientele/protocol/openid-connect/token";
    static final String TOKEN = "service-token-for-tests";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    private RegistryStub() {
        server.start();
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    String url() {
        return server.baseUrl();
    }

    /** The contact details of a client, as the registry answers them. */
    void client(UUID id, String email, String firstName, String language, String status, boolean sms, String phone) {
        server.stubFor(get(urlPathEqualTo(path(id)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id":"%s","firstName":"%s","lastName":"Béliveau","displayName":null,"email":"%s",
                                 "phone":%s,"language":"%s","status":"%s","newsletter":false,"sms":%s,
                                 "billingAddress":null}""".formatted(
                                        id,
                                        firstName,
                                        email,
                                        phone == null ? "null" : "\"" + phone + "\"",
                                        language,
                                        status,
                                        sms))));
    }

    /** The ticket-service's answer for a reply: the ticket's additional beneficiaries and the reply's BCC. */
    void ticketCopies(UUID ticket, UUID message, String beneficiary, String bcc) {
        server.stubFor(get(urlPathEqualTo("/api/tickets/" + ticket + "/messages/" + message + "/recipients"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"beneficiaries\":[\"%s\"],\"bcc\":[\"%s\"]}".formatted(beneficiary, bcc))));
    }

    /** The registry failing for this client (status 503) until {@link #client} answers again. */
    void failing(UUID id, int status) {
        server.stubFor(get(urlPathEqualTo(path(id)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")));
    }

    int calls(UUID id) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(id)))).size();
    }

    private static String path(UUID id) {
        return "/api/clients/" + id + "/contact";
    }
}

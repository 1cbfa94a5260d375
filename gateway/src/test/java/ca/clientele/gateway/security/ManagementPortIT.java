package ca.clientele.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.gateway.SessionStoreForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The gateway as Kubernetes runs it, actuator on its own port (ADR 0035): Prometheus scrapes there without a
 * session; the public port keeps the scrape behind sign-in and only health open.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"CLIENTELE_GATEWAY_CLIENT_SECRET=test-secret", "management.server.port=0"})
@Import(SessionStoreForTests.class)
class ManagementPortIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theScrapeIsOpenOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("application=\"gateway\"");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);

        assertThat(get(port, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

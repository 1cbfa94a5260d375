package ca.clientele.booking;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the catalogue and slot tests share: the API, a client's and a staff member's tokens, the fixture. */
@ServiceIntegrationTest
public abstract class CatalogueIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestJwts jwts;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;
    protected CatalogueFixture catalogue;
    protected String client;
    protected String staff;

    @BeforeEach
    void setUpCatalogue() {
        api = new ApiClient(port);
        catalogue = new CatalogueFixture(api, jwts);
        client = jwts.client(UUID.randomUUID(), null, null, null);
        staff = jwts.staff(UUID.randomUUID());
    }
}

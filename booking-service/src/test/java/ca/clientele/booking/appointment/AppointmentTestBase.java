package ca.clientele.booking.appointment;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** What every appointment test starts from: the clock at {@link BookingFixture#NOW} and a fixture to build with. */
@AppointmentIntegrationTest
abstract class AppointmentTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    AppointmentTestConfiguration.SettableClock clock;

    BookingFixture fixture;

    @BeforeEach
    void setUpFixture() {
        clock.set(BookingFixture.NOW);
        fixture = new BookingFixture(new ApiClient(port), jwts, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}

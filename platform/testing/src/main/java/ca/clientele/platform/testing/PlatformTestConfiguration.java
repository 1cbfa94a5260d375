package ca.clientele.platform.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Infrastructure beans for {@link ServiceIntegrationTest}. PostgreSQL is a bean so Spring closes
 * it AFTER the DataSource that depends on it; it registers no shutdown hook of its own, which is
 * what keeps test JVMs from hanging on exit.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(5);
        return dataSource;
    }

    @Bean
    TestJwts testJwts() {
        return TestJwts.instance();
    }

    /** The service trusts exactly the test signing key, and checks the same issuer as in production. */
    @Bean
    JwtDecoder jwtDecoder(TestJwts jwts) {
        return jwts.decoder();
    }
}

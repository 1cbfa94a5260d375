package ca.clientele.platform.testing;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Infrastructure beans for {@link ServiceIntegrationTest}. The database is a bean so Spring closes
 * it AFTER the DataSource that depends on it; it registers no shutdown hook of its own, which is
 * what keeps test JVMs from hanging on exit.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

    @Bean(destroyMethod = "close")
    TestDatabase testDatabase() {
        return TestDatabase.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(TestDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
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

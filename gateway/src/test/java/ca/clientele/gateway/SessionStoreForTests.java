package ca.clientele.gateway;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The gateway's session store for a test context: a real PostgreSQL 18 (zonky binaries, migrated by
 * the gateway's Flyway scripts) and a throw-away Tink keyset for the session attributes.
 * PostgreSQL is a bean so Spring closes it after the DataSource, without a JVM shutdown hook.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionStoreForTests {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() {
        return startPostgres();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        return dataSource(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Bean
    DynamicPropertyRegistrar sessionKeyset() {
        String keyset = newAeadKeyset();
        return registry -> registry.add("clientele.sessions.aead-keyset", () -> keyset);
    }

    /** A PostgreSQL cluster the caller closes. */
    public static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HikariDataSource dataSource(String jdbcUrl) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(5);
        return dataSource;
    }

    /** A new AES256-GCM keyset as JSON, the form the gateway reads from its Secret. */
    public static String newAeadKeyset() {
        try {
            AeadConfig.register();
            return TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

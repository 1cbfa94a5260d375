package ca.clientele.gateway.session;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.security.GeneralSecurityException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WebSessions in PostgreSQL (Spring Session JDBC's own tables, created by Flyway), so that any
 * replica of the gateway serves any signed-in user (ADR 0032). The session cookie stays
 * {@code SESSION}, HttpOnly, SameSite=Lax, as with the in-memory store before.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionStoreConfiguration {

    @Bean
    JdbcIndexedSessionRepository jdbcSessionRepository(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, SessionProperties properties)
            throws GeneralSecurityException {
        JdbcIndexedSessionRepository repository =
                new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
        repository.setDefaultMaxInactiveInterval(properties.timeout());
        repository.setConversionService(
                new EncryptedAttributes(aead(properties), getClass().getClassLoader()));
        // Upserts attributes: two replicas may save the same session at once (parallel requests of one page).
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
        // Its own scheduler deletes expired sessions on every replica: an idempotent DELETE, no lease needed.
        // (Spring calls its afterPropertiesSet, which starts that scheduler, and destroy, which stops it.)
        repository.setCleanupCron(properties.cleanupCron());
        return repository;
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    ReactiveSessionRepository<Session> reactiveSessionRepository(JdbcIndexedSessionRepository sessions) {
        // Its sessions are all JdbcSessions it created itself; the raw view only hides that inner type.
        return new JdbcReactiveSessionRepository((SessionRepository) sessions);
    }

    private static Aead aead(SessionProperties properties) throws GeneralSecurityException {
        if (properties.aeadKeyset() == null || properties.aeadKeyset().isBlank()) {
            throw new IllegalStateException("No Tink keyset in clientele.sessions.aead-keyset: "
                    + "the gateway will not keep the users' tokens unencrypted in its session table");
        }
        AeadConfig.register();
        KeysetHandle keyset =
                TinkJsonProtoKeysetFormat.parseKeyset(properties.aeadKeyset(), InsecureSecretKeyAccess.get());
        return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}

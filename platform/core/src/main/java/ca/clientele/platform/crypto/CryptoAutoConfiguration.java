package ca.clientele.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Field encryption for services that hold personal data (enabled by
 * {@code clientele.crypto.enabled=true}). A missing keyset stops the service at start rather
 * than letting it write plaintext.
 */
@AutoConfiguration
@ConditionalOnClass(Aead.class)
@ConditionalOnProperty("clientele.crypto.enabled")
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoAutoConfiguration.class);

    @Bean
    FieldEncryptor fieldEncryptor(CryptoProperties properties) throws GeneralSecurityException {
        AeadConfig.register();
        KeysetHandle keyset = properties.ephemeralKeys()
                ? ephemeral(() -> KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM))
                : parse(properties.aeadKeyset(), "clientele.crypto.aead-keyset");
        return new FieldEncryptor(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
    }

    @Bean
    BlindIndex blindIndex(CryptoProperties properties) throws GeneralSecurityException {
        PrfConfig.register();
        KeysetHandle keyset = properties.ephemeralKeys()
                ? ephemeral(() -> KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF))
                : parse(properties.blindIndexKeyset(), "clientele.crypto.blind-index-keyset");
        return new BlindIndex(keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    }

    /**
     * File contents (document service): a streaming AEAD, so that a 100 MB file is encrypted and decrypted segment by
     * segment, never held whole in memory. Only for a service that sets {@code clientele.crypto.streaming-enabled}.
     */
    @Bean
    @ConditionalOnProperty("clientele.crypto.streaming-enabled")
    StreamEncryptor streamEncryptor(CryptoProperties properties) throws GeneralSecurityException {
        StreamingAeadConfig.register();
        KeysetHandle keyset = properties.ephemeralKeys()
                ? ephemeral(() -> KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB))
                : parse(properties.streamingKeyset(), "clientele.crypto.streaming-keyset");
        return new StreamEncryptor(keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
    }

    /**
     * Registers {@link CellEncryptionListener} with Hibernate, which encrypts every attribute
     * marked {@code @Convert(converter = EncryptedStringConverter.class)}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Integrator.class, HibernatePropertiesCustomizer.class})
    static class HibernateCellEncryption {

        @Bean
        HibernatePropertiesCustomizer cellEncryption(FieldEncryptor encryptor) {
            CellEncryptionListener listener = new CellEncryptionListener(encryptor);
            Integrator integrator = new Integrator() {
                @Override
                public void integrate(
                        Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
                    EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
                    registry.appendListeners(EventType.PRE_INSERT, listener);
                    registry.appendListeners(EventType.POST_INSERT, listener);
                    registry.appendListeners(EventType.PRE_UPDATE, listener);
                    registry.appendListeners(EventType.POST_UPDATE, listener);
                    // First, so that JPA's @PostLoad callbacks already see plaintext.
                    registry.prependListeners(EventType.POST_LOAD, listener);
                }
            };
            return properties ->
                    properties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(integrator));
        }
    }

    private static KeysetHandle parse(String json, String property) throws GeneralSecurityException {
        if (json == null || json.isBlank()) {
            throw new IllegalStateException(
                    "No Tink keyset in " + property + ": personal data cannot be stored without it");
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    private static KeysetHandle ephemeral(KeysetSupplier supplier) throws GeneralSecurityException {
        log.warn("Using ephemeral encryption keys: data written now cannot be read after a restart (tests only)");
        return supplier.get();
    }

    @FunctionalInterface
    private interface KeysetSupplier {
        KeysetHandle get() throws GeneralSecurityException;
    }
}

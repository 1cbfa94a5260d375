package ca.clientele.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tink keysets as JSON. In production they come from a Kubernetes Secret; locally
 * {@code deploy/local} generates them once under the data directory. A keyset may hold several
 * keys: the primary encrypts, all of them decrypt, which is how keys rotate.
 *
 * @param aeadKeyset AES256-GCM keyset for personal fields
 * @param blindIndexKeyset HMAC-SHA256 PRF keyset for look-up hashes (e-mail, phone)
 * @param streamingKeyset AES256-GCM-HKDF streaming keyset for file contents, read only by a service that sets
 *     {@code streamingEnabled} (the document service)
 * @param streamingEnabled whether the service encrypts streams ({@link StreamEncryptor}); services that store no
 *     file need no streaming keyset
 * @param ephemeralKeys generate throw-away keys at start; for tests only, never in a deployment
 */
@ConfigurationProperties("clientele.crypto")
public record CryptoProperties(
        String aeadKeyset,
        String blindIndexKeyset,
        String streamingKeyset,
        boolean streamingEnabled,
        boolean ephemeralKeys) {}

package ca.clientele.platform.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints RS256 JWTs shaped like Keycloak's (issuer, {@code sub}, {@code realm_access.roles},
 * names, e-mail) so a test calls a service exactly as a signed-in client or staff member would.
 */
public final class TestJwts {

    public static final String ISSUER = "http://localhost:8180/realms/clientele";

    private static final TestJwts INSTANCE = new TestJwts();

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;

    private TestJwts() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("test-key")
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    public static TestJwts instance() {
        return INSTANCE;
    }

    JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public key as a JWK Set document, for a service started in a child JVM (which cannot take the in-process
     * decoder): serve it and point {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at it.
     */
    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A bearer token for a client whose Keycloak id is {@code clientId}. */
    public String client(UUID clientId, String email, String givenName, String familyName) {
        return token(clientId, List.of("client"), email, givenName, familyName);
    }

    public String staff(UUID staffId) {
        return token(staffId, List.of("staff"), "tech@clientele.test", "Cynthia", "Lemay");
    }

    public String admin(UUID adminId) {
        return token(adminId, List.of("admin", "staff"), "admin@clientele.test", "Julien", "Béliveau");
    }

    public String token(UUID subject, List<String> roles, String email, String givenName, String familyName) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(subject.toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("realm_access", Map.of("roles", roles))
                .claim("azp", "clientele-gateway");
        if (email != null) {
            claims.claim("email", email);
        }
        if (givenName != null) {
            claims.claim("given_name", givenName);
        }
        if (familyName != null) {
            claims.claim("family_name", familyName);
        }
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId("test-key").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** A token signed by a key nobody trusts: must be refused with 401. */
    public static String forged(UUID subject) {
        return new TestJwts().client(subject, "forged@example.com", "Forged", "Token");
    }
}

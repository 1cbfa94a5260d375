package ca.clientele.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider as small as the gateway's login needs, on Keycloak's paths: the authorization
 * endpoint answers at once with a code (the user "signs in" without a form), the token endpoint
 * trades it for an access token and an RS256 ID token carrying the request's nonce, and the key
 * set and user info endpoints answer what Spring Security checks. Each sign-in gets its own access
 * token, so a test can tell which one the gateway relays.
 */
public final class StubIdentityProvider implements AutoCloseable {

    public static final String REALM_PATH = "/realms/clientele";
    static final String SUBJECT = "0b9f8a52-6d1e-4c0e-9a7e-2f1d3c4b5a69";
    static final String USERNAME = "elise";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, String> nonceByCode = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();

    public StubIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("Cannot start the stub identity provider", e);
        }
        String base = REALM_PATH + "/protocol/openid-connect";
        server.createContext(base + "/auth", this::authorize);
        server.createContext(base + "/token", this::token);
        server.createContext(base + "/certs", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext(
                base + "/userinfo",
                exchange ->
                        json(exchange, "{\"sub\":\"" + SUBJECT + "\",\"preferred_username\":\"" + USERNAME + "\"}"));
        server.start();
    }

    /** The base URL the gateway takes as {@code clientele.keycloak.url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The access token of the n-th sign-in (from 1). */
    public static String accessToken(int signIn) {
        return "stub-access-token-" + signIn;
    }

    public int signIns() {
        return tokens.get();
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        nonceByCode.put(code, query.getOrDefault("nonce", ""));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String nonce = nonceByCode.remove(parse(body).get("code"));
        if (nonce == null) {
            byte[] error = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, error.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(error);
            }
            return;
        }
        int signIn = tokens.incrementAndGet();
        json(
                exchange,
                "{\"access_token\":\"" + accessToken(signIn) + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"refresh_token\":\"stub-refresh-token-" + signIn + "\","
                        + "\"scope\":\"openid profile email\",\"id_token\":\"" + idToken(nonce) + "\"}");
    }

    private String idToken(String nonce) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(url() + REALM_PATH)
                .subject(SUBJECT)
                .audience(List.of("clientele-gateway"))
                .claim("azp", "clientele-gateway")
                .claim("nonce", nonce)
                .claim("preferred_username", USERNAME)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static void json(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> values = new HashMap<>();
        if (form == null || form.isEmpty()) {
            return values;
        }
        for (String pair : form.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

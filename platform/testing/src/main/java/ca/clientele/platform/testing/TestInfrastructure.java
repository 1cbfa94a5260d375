package ca.clientele.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the integration tests' PostgreSQL and Kafka come from. By default they are embedded (zonky's PostgreSQL
 * binaries, spring-kafka-test's KRaft broker): nothing to install, and the only choice on machines without a
 * container engine. With {@code -Pcontainers} ({@value #PROPERTY}{@code =containers}) the same tests run against
 * the PostgreSQL and Kafka images the Kubernetes manifests deploy, through Testcontainers.
 */
public final class TestInfrastructure {

    public static final String PROPERTY = "clientele.test.infrastructure";

    private static final Properties IMAGES = load();

    private TestInfrastructure() {}

    public static boolean containers() {
        String mode = System.getProperty(PROPERTY, "embedded");
        if (!mode.equals("embedded") && !mode.equals("containers")) {
            throw new IllegalStateException(PROPERTY + " is 'embedded' or 'containers', not '" + mode + "'");
        }
        return mode.equals("containers");
    }

    /** The pinned image of {@code postgres}, {@code kafka} or {@code keycloak}: the versions production runs. */
    public static String image(String name) {
        String image = IMAGES.getProperty(name);
        if (image == null) {
            throw new IllegalArgumentException("No image pinned for " + name + " in clientele-test-images.properties");
        }
        return image;
    }

    private static Properties load() {
        Properties images = new Properties();
        try (InputStream in = TestInfrastructure.class.getResourceAsStream("/clientele-test-images.properties")) {
            images.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images;
    }
}

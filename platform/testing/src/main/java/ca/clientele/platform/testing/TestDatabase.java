package ca.clientele.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A PostgreSQL server for one test context, embedded or in a container (see {@link TestInfrastructure}). */
sealed interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    String username();

    String password();

    @Override
    void close();

    static TestDatabase start() {
        return TestInfrastructure.containers() ? Container.start() : Embedded.start();
    }

    /** Registers no shutdown hook of its own: Spring closes it after the DataSource, and test JVMs exit. */
    record Embedded(EmbeddedPostgres postgres) implements TestDatabase {

        static Embedded start() {
            try {
                return new Embedded(EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return null;
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The same database name and superuser as the embedded one, so that migrations see no difference. */
    record Container(PostgreSQLContainer container) implements TestDatabase {

        static Container start() {
            PostgreSQLContainer container = new PostgreSQLContainer(TestInfrastructure.image("postgres"))
                    .withDatabaseName("postgres")
                    .withUsername("postgres")
                    .withPassword("postgres");
            container.start();
            return new Container(container);
        }

        @Override
        public String jdbcUrl() {
            return container.getJdbcUrl();
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}

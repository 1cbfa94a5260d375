package ca.clientele.registry.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.registry.RegistryIntegrationTest;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written before ciphertexts were bound to their cell are readable after V13: in a schema of
 * their own, migrated to V12, a client and a pet are written the old way (fixed associated data),
 * then Flyway runs V13, and every value decrypts bound to its table, column and row, and only so.
 */
@RegistryIntegrationTest
class BindCiphertextsToCellsIT {

    private static final byte[] UNBOUND = "clientele-field-v1".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DataSource dataSource;

    @Test
    void valuesWrittenTheOldWayAreReadableBoundToTheirCellAfterTheMigration() throws GeneralSecurityException {
        String schema = "legacy_" + Long.toHexString(System.nanoTime());
        flyway(schema).target("12").load().migrate();
        AeadConfig.register();
        Aead aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID client = UUID.randomUUID();
        UUID pet = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".client (id, first_name, last_name, display_name, email, email_hash,"
                        + " billing_city, status, registration_channel, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, 'h', ?, 'ACTIVE', 'STAFF', now(), now())")
                .params(
                        client,
                        unbound(aead, "Élodie"),
                        unbound(aead, "Béliveau"),
                        unbound(aead, "Élo B."),
                        unbound(aead, "elodie@exemple.ca"),
                        unbound(aead, "Trois-Rivières"))
                .update();
        jdbc.sql("insert into " + schema + ".pet (id, client_id, name, species, sex, medical_notes, created_at,"
                        + " updated_at) values (?, ?, ?, 'DOG', 'FEMALE', ?, now(), now())")
                .params(pet, client, unbound(aead, "Pistache"), unbound(aead, "Allergie au poulet"))
                .update();

        FieldEncryptor encryptor = new FieldEncryptor(aead);
        flyway(schema)
                .javaMigrations(new V13__BindCiphertextsToCells(encryptor))
                .load()
                .migrate();

        assertThat(read(jdbc, encryptor, schema, "client", "first_name", client))
                .isEqualTo("Élodie");
        assertThat(read(jdbc, encryptor, schema, "client", "email", client)).isEqualTo("elodie@exemple.ca");
        assertThat(read(jdbc, encryptor, schema, "client", "billing_city", client))
                .isEqualTo("Trois-Rivières");
        assertThat(read(jdbc, encryptor, schema, "client", "notes", client)).isNull();
        assertThat(read(jdbc, encryptor, schema, "pet", "medical_notes", pet)).isEqualTo("Allergie au poulet");
        byte[] email = bytes(jdbc, schema, "client", "email", client);
        assertThatThrownBy(() -> encryptor.decryptUnbound(email)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryptor.decrypt(email, new Cell("client", "first_name", client)))
                .isInstanceOf(IllegalStateException.class);
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/platform", "classpath:db/migration");
    }

    private static byte[] unbound(Aead aead, String plaintext) throws GeneralSecurityException {
        return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), UNBOUND);
    }

    private static String read(
            JdbcClient jdbc, FieldEncryptor encryptor, String schema, String table, String column, UUID id) {
        return encryptor.decrypt(bytes(jdbc, schema, table, column, id), new Cell(table, column, id));
    }

    private static byte[] bytes(JdbcClient jdbc, String schema, String table, String column, UUID id) {
        return jdbc.sql("select " + column + " from " + schema + "." + table + " where id = ?")
                .param(id)
                .query((row, n) -> row.getBytes(1))
                .list()
                .getFirst();
    }
}

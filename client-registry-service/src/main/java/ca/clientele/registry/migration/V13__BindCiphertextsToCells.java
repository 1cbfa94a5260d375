package ca.clientele.registry.migration;

import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts every personal value written before ciphertexts were bound to their cell (ADR 0004):
 * each one is decrypted with the old fixed associated data and encrypted again bound to its
 * table, column and row id. A Spring bean (Boot hands it to Flyway) because it needs the keys.
 * The column lists are frozen here as they were at V12, as any migration's are.
 */
@Component
class V13__BindCiphertextsToCells extends BaseJavaMigration {

    static final List<String> CLIENT_COLUMNS = List.of(
            "first_name",
            "last_name",
            "display_name",
            "email",
            "mobile_phone",
            "home_phone",
            "bio",
            "notes",
            "billing_line1",
            "billing_line2",
            "billing_city",
            "billing_province",
            "billing_postal_code",
            "shipping_line1",
            "shipping_line2",
            "shipping_city",
            "shipping_province",
            "shipping_postal_code",
            "latitude",
            "longitude",
            "status_reason",
            "status_changed_by_name");

    static final List<String> PET_COLUMNS = List.of(
            "name",
            "breed",
            "veterinarian_name",
            "veterinarian_phone",
            "behaviour_notes",
            "medical_notes",
            "photo_reference");

    private final FieldEncryptor encryptor;

    V13__BindCiphertextsToCells(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        reencrypt(connection, "client", CLIENT_COLUMNS);
        reencrypt(connection, "pet", PET_COLUMNS);
    }

    private void reencrypt(Connection connection, String table, List<String> columns) throws SQLException {
        String select = "select id, " + String.join(", ", columns) + " from " + table;
        String update = "update " + table + " set " + String.join(" = ?, ", columns) + " = ? where id = ?";
        try (PreparedStatement rows = connection.prepareStatement(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            rows.setFetchSize(500);
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject("id", UUID.class);
                    for (int i = 0; i < columns.size(); i++) {
                        String column = columns.get(i);
                        String plaintext = encryptor.decryptUnbound(row.getBytes(column));
                        write.setBytes(i + 1, encryptor.encrypt(plaintext, new Cell(table, column, id)));
                    }
                    write.setObject(columns.size() + 1, id);
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }
}

package ca.clientele.platform.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where a ciphertext lives: table, column and row id. It is the AEAD associated data, so a
 * ciphertext copied into another column or another row no longer decrypts (ADR 0004).
 *
 * @param rowId the row's primary key; null only for a table without one
 */
public record Cell(String table, String column, Object rowId) {

    public Cell {
        if (table == null || table.isBlank() || column == null || column.isBlank()) {
            throw new IllegalArgumentException("A cell needs its table and column");
        }
    }

    byte[] associatedData() {
        return ("clientele-field-v2|" + table + "|" + column + "|" + (rowId == null ? "" : rowId))
                .getBytes(StandardCharsets.UTF_8);
    }
}

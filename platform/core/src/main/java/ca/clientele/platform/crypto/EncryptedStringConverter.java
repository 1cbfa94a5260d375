package ca.clientele.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Base64;
import java.util.UUID;

/**
 * Marks a personal String attribute stored encrypted in a {@code bytea} column:
 * {@code @Convert(converter = EncryptedStringConverter.class)}.
 *
 * <p>A converter sees a value but not its row, and the ciphertext is bound to table, column and
 * row id. So the encryption itself happens in {@link CellEncryptionListener}, which knows all
 * three: before an insert or update it replaces each plaintext in Hibernate's state by its
 * <em>sealed</em> ciphertext, which this converter merely carries to and from the column. A
 * plaintext that reaches this converter any other way (a query parameter, a bulk update) is
 * refused rather than written readable.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, byte[]> {

    // Marks a sealed ciphertext. It never leaves this process (the column holds the raw bytes), so
    // it is drawn at random at start: no value a person types can pass for a ciphertext.
    private static final String SEAL = "\uFDD0" + UUID.randomUUID() + "|";

    @Override
    public byte[] convertToDatabaseColumn(String attribute) {
        if (attribute == null) {
            return null;
        }
        if (!isSealed(attribute)) {
            throw new IllegalStateException(
                    "Personal value written outside an entity insert or update: it would not be encrypted");
        }
        return unseal(attribute);
    }

    @Override
    public String convertToEntityAttribute(byte[] dbData) {
        return dbData == null ? null : seal(dbData);
    }

    static String seal(byte[] ciphertext) {
        return SEAL + Base64.getEncoder().encodeToString(ciphertext);
    }

    static boolean isSealed(Object value) {
        return value instanceof String text && text.startsWith(SEAL);
    }

    static byte[] unseal(String sealed) {
        return Base64.getDecoder().decode(sealed.substring(SEAL.length()));
    }
}

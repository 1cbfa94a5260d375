package ca.clientele.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Base64;

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

    // A Unicode non-character: no text a person types starts with it.
    private static final char SEAL = '\uFDD0';

    @Override
    public byte[] convertToDatabaseColumn(String attribute) {
        if (attribute == null) {
            return null;
        }
        if (!isSealed(attribute)) {
            throw new IllegalStateException(
                    "Personal value written outside an entity insert or update: it would not be encrypted");
        }
        return Base64.getDecoder().decode(attribute.substring(1));
    }

    @Override
    public String convertToEntityAttribute(byte[] dbData) {
        return dbData == null ? null : seal(dbData);
    }

    static String seal(byte[] ciphertext) {
        return SEAL + Base64.getEncoder().encodeToString(ciphertext);
    }

    static boolean isSealed(Object value) {
        return value instanceof String text && !text.isEmpty() && text.charAt(0) == SEAL;
    }

    static byte[] unseal(String sealed) {
        return Base64.getDecoder().decode(sealed.substring(1));
    }
}

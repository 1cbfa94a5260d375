package ca.clientele.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for personal fields: {@code @Convert(converter = EncryptedStringConverter.class)}
 * on a String attribute mapped to a {@code bytea} column. Hibernate obtains it from Spring, so the
 * keys are injected.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, byte[]> {

    private final FieldEncryptor encryptor;

    public EncryptedStringConverter(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public byte[] convertToDatabaseColumn(String attribute) {
        return encryptor.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(byte[] dbData) {
        return encryptor.decrypt(dbData);
    }
}

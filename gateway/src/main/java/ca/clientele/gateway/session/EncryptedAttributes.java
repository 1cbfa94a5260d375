package ca.clientele.gateway.session;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How Spring Session JDBC turns a session attribute into the bytes of its row and back: Java
 * serialization (Spring Security's tokens, principals and authorized clients are Serializable),
 * then Tink AEAD. The table holds bearer and refresh tokens: a copy of the database or of a backup
 * must not be a key to the users' accounts. Authenticated encryption also means only bytes this
 * gateway wrote are ever deserialized, which closes the usual Java-deserialization hole of a
 * session store that someone else could write to.
 */
final class EncryptedAttributes implements ConversionService {

    /** Binds every ciphertext to its purpose: a value encrypted for another use does not decrypt here. */
    private static final byte[] ASSOCIATED_DATA = "clientele-gateway-session-v1".getBytes(StandardCharsets.UTF_8);

    private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);
    private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

    private final Aead aead;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    EncryptedAttributes(Aead aead, ClassLoader classLoader) {
        this.aead = aead;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
        return canConvert(TypeDescriptor.valueOf(sourceType), TypeDescriptor.valueOf(targetType));
    }

    @Override
    public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return targetType != null
                && (BYTES.equals(targetType) || (OBJECT.equals(targetType) && BYTES.equals(sourceType)));
    }

    @Override
    public <T> T convert(Object source, Class<T> targetType) {
        return targetType.cast(convert(source, OBJECT, TypeDescriptor.valueOf(targetType)));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        try {
            if (BYTES.equals(targetType)) {
                return aead.encrypt(serializer.convert(source), ASSOCIATED_DATA);
            }
            return deserializer.convert(aead.decrypt((byte[]) source, ASSOCIATED_DATA));
        } catch (GeneralSecurityException e) {
            // Unknown key (rotated out), tampered or foreign bytes: the attribute is unreadable.
            throw new ConversionFailedException(sourceType, targetType, null, e);
        }
    }
}

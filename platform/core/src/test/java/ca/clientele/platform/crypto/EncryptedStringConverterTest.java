package ca.clientele.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncryptedStringConverterTest {

    private final EncryptedStringConverter converter = new EncryptedStringConverter();

    @Test
    void carriesASealedCiphertextToTheColumnAndBack() {
        byte[] ciphertext = {1, 2, 3, (byte) 0xff};

        String sealed = converter.convertToEntityAttribute(ciphertext);

        assertThat(EncryptedStringConverter.isSealed(sealed)).isTrue();
        assertThat(converter.convertToDatabaseColumn(sealed)).isEqualTo(ciphertext);
    }

    @Test
    void refusesToWriteAPlaintext() {
        assertThatThrownBy(() -> converter.convertToDatabaseColumn("élodie@exemple.ca"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("élodie");
    }

    @Test
    void aTypedValueCannotPassForASealedCiphertext() {
        String forged = "\uFDD0" + "AQID";

        assertThat(EncryptedStringConverter.isSealed(forged)).isFalse();
        assertThatThrownBy(() -> converter.convertToDatabaseColumn(forged)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}

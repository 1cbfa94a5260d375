package ca.clientele.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(newPrf());

    @Test
    void caseAccentsAndBlanksDoNotChangeTheHash() {
        assertThat(index.of("  Élodie.BÉLIVEAU@Exemple.ca "))
                .isEqualTo(index.of("elodie.beliveau@exemple.ca"))
                .hasSize(64)
                .matches("[0-9a-f]+");
        assertThat(index.of("Marie   Ève")).isEqualTo(index.of("marie eve"));
    }

    @Test
    void differentValuesHashDifferently() {
        assertThat(index.of("elodie@exemple.ca")).isNotEqualTo(index.of("elodie@exemple.com"));
    }

    @Test
    void theHashDependsOnTheKey() {
        assertThat(index.of("elodie@exemple.ca")).isNotEqualTo(new BlindIndex(newPrf()).of("elodie@exemple.ca"));
    }

    @Test
    void nothingToIndexGivesNull() {
        assertThat(index.of(null)).isNull();
        assertThat(index.of("   ")).isNull();
    }

    @Test
    void normalisesToLowerCaseWithoutAccentsAndWithSingleSpaces() {
        assertThat(BlindIndex.normalise("  Béliveau\t Côté ")).isEqualTo("beliveau cote");
    }

    private static PrfSet newPrf() {
        try {
            PrfConfig.register();
            return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package ca.clientele.platform.crypto;

import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A keyed hash (HMAC-SHA256 PRF) of a normalised value, stored beside the ciphertext so that
 * equality look-ups (e-mail, phone) never need the plaintext in the database. Without the key
 * the hash cannot be brute-forced from a dictionary of e-mails.
 */
public class BlindIndex {

    private final PrfSet prf;

    public BlindIndex(PrfSet prf) {
        this.prf = prf;
    }

    /** Case-, accent- and blank-insensitive hash of a value; null stays null. */
    public String of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            byte[] digest = prf.computePrimary(normalise(value).getBytes(StandardCharsets.UTF_8), 32);
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    /** Lower case, no accents, single spaces: "  Béliveau " and "beliveau" index alike. */
    public static String normalise(String value) {
        String decomposed = Normalizer.normalize(value.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

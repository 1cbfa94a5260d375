package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff search by name prefix over ENCRYPTED names. Each word of a client's names, and of the
 * names of their pets that are not archived, is normalised (lower case, accents removed:
 * "Béliveau" → "beliveau") and every prefix of it is stored as a keyed hash. A query word is
 * normalised and hashed the same way, so "Beli" finds "Béliveau" while the database never holds a
 * readable name or a hash anyone could recompute without the key.
 *
 * <p>Public for the pet feature, which keeps its pets' tokens up to date through {@link
 * #indexPet} and {@link #removePet}; the tokens themselves stay this class's business.
 */
@Component
public class ClientSearchIndex {

    static final int MAX_PREFIX = 20;

    private static final String WORD_SEPARATORS = "[\\s'-]+";

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;

    ClientSearchIndex(JdbcClient jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    /** Replaces the client's name tokens; runs in the caller's transaction. */
    void index(UUID clientId, PersonName name) {
        jdbc.sql("delete from client_search_token where client_id = ?")
                .param(clientId)
                .update();
        jdbc.sql(INSERT_NAME_TOKENS)
                .params(clientId, tokens(name.searchableWords()))
                .update();
    }

    /** Replaces a pet's name tokens (added or renamed, or restored from the archive). */
    public void indexPet(UUID clientId, UUID petId, String petName) {
        removePet(petId);
        jdbc.sql(INSERT_PET_TOKENS)
                .params(clientId, petId, tokens(words(petName)))
                .update();
    }

    /** An archived pet is no longer found by its name. */
    public void removePet(UUID petId) {
        jdbc.sql("delete from pet_search_token where pet_id = ?").param(petId).update();
    }

    // One statement per record whatever its number of tokens (an array parameter, unnested).
    static final String INSERT_NAME_TOKENS =
            "insert into client_search_token (client_id, token) select ?, unnest(?::text[]) on conflict do nothing";
    static final String INSERT_PET_TOKENS = "insert into pet_search_token (client_id, pet_id, token)"
            + " select ?, ?, unnest(?::text[]) on conflict do nothing";

    /** The tokens of every prefix (up to {@link #MAX_PREFIX} letters) of each word. */
    String[] tokens(Stream<String> words) {
        Set<String> tokens = new LinkedHashSet<>();
        words.map(BlindIndex::normalise).forEach(word -> {
            for (int length = 1; length <= Math.min(word.length(), MAX_PREFIX); length++) {
                tokens.add(token(word.substring(0, length)));
            }
        });
        return tokens.toArray(String[]::new);
    }

    /** One token per query word; a client matches when it has all of them. Empty for a query of no word. */
    List<String> queryTokens(String query) {
        return words(query)
                .map(BlindIndex::normalise)
                .map(word -> token(word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word))
                .distinct()
                .toList();
    }

    static Stream<String> words(String text) {
        return text == null
                ? Stream.empty()
                : Stream.of(text.split(WORD_SEPARATORS)).filter(word -> !word.isBlank());
    }

    private String token(String prefix) {
        // The "name:" domain keeps name tokens apart from e-mail hashes made with the same key. Pet
        // names share it, so one query word matches a client's name or one of their pets' names.
        return blindIndex.of("name:" + prefix);
    }
}

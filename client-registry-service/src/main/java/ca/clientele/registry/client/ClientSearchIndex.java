package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff search by name prefix over ENCRYPTED names. Each word of a client's names is normalised
 * (lower case, accents removed: "Béliveau" → "beliveau") and every prefix of it is stored as a
 * keyed hash. A query word is normalised and hashed the same way, so "Beli" finds "Béliveau"
 * while the database never holds a readable name or a hash anyone could recompute without the key.
 */
@Component
class ClientSearchIndex {

    static final int MAX_PREFIX = 20;

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;

    ClientSearchIndex(JdbcClient jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    /** Replaces the client's search tokens; runs in the caller's transaction. */
    void index(UUID clientId, PersonName name) {
        jdbc.sql("delete from client_search_token where client_id = ?")
                .param(clientId)
                .update();
        Set<String> tokens = new LinkedHashSet<>();
        name.searchableWords().map(BlindIndex::normalise).forEach(word -> {
            for (int length = 1; length <= Math.min(word.length(), MAX_PREFIX); length++) {
                tokens.add(token(word.substring(0, length)));
            }
        });
        for (String token : tokens) {
            jdbc.sql("insert into client_search_token (client_id, token) values (?, ?)")
                    .params(clientId, token)
                    .update();
        }
    }

    /** One token per query word; a client matches when it has all of them. */
    List<String> queryTokens(String query) {
        List<String> tokens = new ArrayList<>();
        for (String word : BlindIndex.normalise(query).split("[\\s'-]+")) {
            if (!word.isBlank()) {
                tokens.add(token(word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word));
            }
        }
        return tokens.stream().distinct().toList();
    }

    private String token(String prefix) {
        // The "name:" domain keeps name tokens apart from e-mail hashes made with the same key.
        return blindIndex.of("name:" + prefix);
    }
}

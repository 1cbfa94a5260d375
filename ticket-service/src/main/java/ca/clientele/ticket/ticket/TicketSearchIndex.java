package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.BlindIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search over ENCRYPTED subjects, bodies and client names (ADR 0016). Each word is normalised (lower case, accents
 * removed) and every prefix of 3 to {@link #MAX_PREFIX} letters is stored as a keyed hash (platform {@link BlindIndex})
 * in {@code ticket_search_token}; a query word is normalised and hashed the same way. The database never holds a
 * readable word, nor a hash anyone could recompute from a dictionary without the key. Words only staff may read
 * (internal notes, staff-only calls) are marked so that a client's search never reaches them.
 */
@Component
class TicketSearchIndex {

    static final int MIN_PREFIX = 3;
    static final int MAX_PREFIX = 20;

    private static final String WORD_SEPARATORS = "[^\\p{L}\\p{N}]+";

    // One statement per text whatever its number of tokens (an array parameter, unnested).
    static final String INSERT = "insert into ticket_search_token (token_hash, ticket_id, staff_only)"
            + " select unnest(?::text[]), ?, ? on conflict do nothing";

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;

    TicketSearchIndex(JdbcClient jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    /** Adds the words of these texts (plain text, not HTML) to the ticket's index; in the caller's transaction. */
    void index(UUID ticketId, boolean staffOnly, String... texts) {
        String[] tokens = tokensOf(texts);
        if (tokens.length > 0) {
            jdbc.sql(INSERT).params(tokens, ticketId, staffOnly).update();
        }
    }

    /** The keyed tokens {@link #index} stores for these texts (also what the benchmark's loader batches). */
    String[] tokensOf(String... texts) {
        return tokens(Stream.of(texts).flatMap(TicketSearchIndex::words));
    }

    /** One token per query word of at least {@link #MIN_PREFIX} letters; a ticket matches when it has all of them. */
    List<String> queryTokens(String query) {
        return words(query)
                .map(BlindIndex::normalise)
                .filter(word -> word.length() >= MIN_PREFIX)
                .map(word -> token(word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word))
                .distinct()
                .toList();
    }

    private String[] tokens(Stream<String> words) {
        Set<String> tokens = new LinkedHashSet<>();
        words.map(BlindIndex::normalise).forEach(word -> {
            for (int length = MIN_PREFIX; length <= Math.min(word.length(), MAX_PREFIX); length++) {
                tokens.add(token(word.substring(0, length)));
            }
        });
        return tokens.toArray(String[]::new);
    }

    static Stream<String> words(String text) {
        return text == null
                ? Stream.empty()
                : Stream.of(BlindIndex.normalise(text).split(WORD_SEPARATORS)).filter(word -> !word.isBlank());
    }

    private String token(String prefix) {
        // The "ticket:" domain keeps these apart from any other hash made with the same key.
        return blindIndex.of("ticket:" + prefix);
    }
}

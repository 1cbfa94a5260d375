package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff client list, newest first: filtered by status and preferred branch, searched by one
 * query that is an exact phone (any common format), an exact e-mail, or name prefixes. Every word
 * of a name query must start a word of the client's names or of one of their current pets' names
 * ("julien beli", "moka"). Only keyed hashes are compared in SQL; the page's rows are decrypted
 * here, straight from their columns, without loading whole records.
 */
@Component
class ClientSearch {

    // The page is chosen on the narrow columns of an index (newest first, no decryption), then only
    // its rows are read whole.
    private static final String PAGE = "with page as (select c.id, c.created_at from client c%s"
            + " order by c.created_at desc, c.id limit ? offset ?)"
            + " select c.id, c.first_name, c.last_name, c.display_name, c.email, c.mobile_phone,"
            + " c.status, c.preferred_branch_id, c.created_at"
            + " from page join client c on c.id = page.id order by page.created_at desc, page.id";

    // A query word matches a client who has a name word, or a current pet's name word, starting
    // with it. As a filter (hashed sets of the word's owners) the newest-first walk stops at one
    // page, whether the word is "b" (a quarter of the clients) or a rare name.
    private static final String MATCHES_WORD = " and (c.id in (select t.client_id from client_search_token t"
            + " where t.token = ?) or c.id in (select p.client_id from pet_search_token p where p.token = ?))";

    // Without a status or branch filter the matches are counted in the token indexes alone.
    private static final String WORD_OWNERS = "(select t.client_id from client_search_token t where t.token = ?"
            + " union select p.client_id from pet_search_token p where p.token = ?)";

    private final JdbcClient jdbc;
    private final ClientSearchIndex index;
    private final BlindIndex blindIndex;
    private final FieldEncryptor encryptor;

    ClientSearch(JdbcClient jdbc, ClientSearchIndex index, BlindIndex blindIndex, FieldEncryptor encryptor) {
        this.jdbc = jdbc;
        this.index = index;
        this.blindIndex = blindIndex;
        this.encryptor = encryptor;
    }

    /** What staff typed and picked; each part is optional. */
    record Criteria(String query, ClientStatus status, UUID branch) {}

    @Transactional(readOnly = true)
    ClientPage search(Criteria criteria, int page, int size) {
        Optional<Filter> found = filter(criteria);
        if (found.isEmpty()) {
            return ClientPage.of(List.of(), page, size, 0);
        }
        Filter filter = found.get();
        List<ClientSummary> rows = jdbc.sql(filter.pageSql())
                .params(filter.pageParams(page, size))
                .query((row, number) -> summary(row))
                .list();
        // The first page often holds every match: then there is nothing more to count.
        long total = page == 0 && rows.size() < size
                ? rows.size()
                : jdbc.sql(filter.countSql())
                        .params(filter.countParams())
                        .query(Long.class)
                        .single();
        return ClientPage.of(rows, page, size, total);
    }

    /** The SQL of a search and its parameters (also what the search benchmark explains). */
    record Filter(String where, List<Object> params, String countSql, List<Object> countParams) {

        String pageSql() {
            return PAGE.formatted(where);
        }

        List<Object> pageParams(int page, int size) {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add((long) page * size);
            return pageParams;
        }
    }

    /** Empty when the criteria cannot match anything (a query of no word). */
    Optional<Filter> filter(Criteria criteria) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (criteria.status() != null) {
            where.append(" and c.status = ?");
            params.add(criteria.status().name());
        }
        if (criteria.branch() != null) {
            where.append(" and c.preferred_branch_id = ?");
            params.add(criteria.branch());
        }
        boolean filtered = !params.isEmpty();
        String query = criteria.query() == null ? "" : criteria.query().strip();
        String phone = PhoneNumbers.normalise(query);
        List<String> words = List.of();
        if (phone != null) {
            String hash = blindIndex.of(phone);
            where.append(" and (c.mobile_phone_hash = ? or c.home_phone_hash = ?)");
            Collections.addAll(params, hash, hash);
        } else if (query.contains("@")) {
            where.append(" and c.email_hash = ?");
            params.add(blindIndex.of(query));
        } else if (!query.isEmpty()) {
            words = index.queryTokens(query);
            if (words.isEmpty()) {
                return Optional.empty();
            }
            for (String word : words) {
                where.append(MATCHES_WORD);
                Collections.addAll(params, word, word);
            }
        }
        if (!words.isEmpty() && !filtered) {
            List<Object> countParams = new ArrayList<>();
            words.forEach(word -> Collections.addAll(countParams, word, word));
            String owners = String.join(" intersect ", Collections.nCopies(words.size(), WORD_OWNERS));
            return Optional.of(new Filter(
                    where.toString(), List.copyOf(params), "select count(*) from (" + owners + ") m", countParams));
        }
        return Optional.of(new Filter(
                where.toString(), List.copyOf(params), "select count(*) from client c" + where, List.copyOf(params)));
    }

    private ClientSummary summary(ResultSet row) throws SQLException {
        return new ClientSummary(
                row.getObject("id", UUID.class),
                encryptor.decrypt(row.getBytes("first_name")),
                encryptor.decrypt(row.getBytes("last_name")),
                encryptor.decrypt(row.getBytes("display_name")),
                encryptor.decrypt(row.getBytes("email")),
                encryptor.decrypt(row.getBytes("mobile_phone")),
                ClientStatus.valueOf(row.getString("status")),
                row.getObject("preferred_branch_id", UUID.class),
                row.getTimestamp("created_at").toInstant());
    }
}

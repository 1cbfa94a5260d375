package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.Cell;
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
    // its rows are read whole. %s: the conditions.
    private static final String PAGE = "with page as (select c.id, c.created_at from client c%s"
            + " order by c.created_at desc, c.id limit ? offset ?)"
            + " select c.id, c.first_name, c.last_name, c.display_name, c.email, c.mobile_phone,"
            + " c.status, c.preferred_branch_id, c.created_at"
            + " from page join client c on c.id = page.id order by page.created_at desc, page.id";

    // The owners of one query word: clients with a name word, or a current pet's name word,
    // starting with it. A name query's matches are the owners of every word ("intersect"),
    // counted in the token indexes alone.
    private static final String WORD_OWNERS = "(select t.client_id from client_search_token t where t.token = ?"
            + " union select p.client_id from pet_search_token p where p.token = ?)";

    // Many owners ("b" is a quarter of the clients): walk the clients newest first and test each
    // against hashed sets of owners, which stops after one page. Few owners: read just them.
    private static final String OWNS_WORD = " and (c.id in (select t.client_id from client_search_token t"
            + " where t.token = ?) or c.id in (select p.client_id from pet_search_token p where p.token = ?))";
    static final int FEW_OWNERS = 500;

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
        Optional<Sql> found = sql(criteria);
        if (found.isEmpty()) {
            return ClientPage.of(List.of(), page, size, 0);
        }
        Sql sql = found.get();
        List<ClientSummary> rows = jdbc.sql(sql.page())
                .params(sql.pageParams(page, size))
                .query((row, number) -> summary(row))
                .list();
        long total;
        if (sql.knownTotal() != null) {
            total = sql.knownTotal();
        } else if (page == 0 && rows.size() < size) {
            total = rows.size(); // the first page holds every match
        } else {
            total = jdbc.sql(sql.count())
                    .params(sql.countParams())
                    .query(Long.class)
                    .single();
        }
        return ClientPage.of(rows, page, size, total);
    }

    /**
     * The SQL of one search (also what the search benchmark explains). {@code knownTotal}: the
     * matches are already counted, so {@code count} need not run.
     */
    record Sql(String page, List<Object> params, String count, List<Object> countParams, Long knownTotal) {

        List<Object> pageParams(int page, int size) {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add((long) page * size);
            return pageParams;
        }
    }

    /** Empty when the criteria cannot match anything (a query of no word, or words nobody has). */
    @Transactional(readOnly = true)
    Optional<Sql> sql(Criteria criteria) {
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
        if (phone != null) {
            String hash = blindIndex.of(phone);
            where.append(" and (c.mobile_phone_hash = ? or c.home_phone_hash = ?)");
            Collections.addAll(params, hash, hash);
        } else if (query.contains("@")) {
            where.append(" and c.email_hash = ?");
            params.add(blindIndex.of(query));
        } else if (!query.isEmpty()) {
            return byWords(index.queryTokens(query), where, params, filtered);
        }
        return Optional.of(new Sql(
                PAGE.formatted(where),
                List.copyOf(params),
                "select count(*) from client c" + where,
                List.copyOf(params),
                null));
    }

    private Optional<Sql> byWords(List<String> words, StringBuilder where, List<Object> params, boolean filtered) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String matches = "(" + String.join(" intersect ", Collections.nCopies(words.size(), WORD_OWNERS)) + ") m";
        List<Object> matchParams = new ArrayList<>();
        words.forEach(word -> Collections.addAll(matchParams, word, word));
        List<String> owners = jdbc.sql("select m.client_id::text from " + matches + " limit " + (FEW_OWNERS + 1))
                .params(matchParams)
                .query(String.class)
                .list();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        if (owners.size() <= FEW_OWNERS) {
            // Their ids as a literal set: the planner then knows how few they are.
            where.append(" and c.id = any(?::uuid[])");
            params.add(owners.toArray(String[]::new));
            return Optional.of(new Sql(
                    PAGE.formatted(where),
                    List.copyOf(params),
                    "select count(*) from client c" + where,
                    List.copyOf(params),
                    filtered ? null : (long) owners.size()));
        }
        for (String word : words) {
            where.append(OWNS_WORD);
            Collections.addAll(params, word, word);
        }
        return Optional.of(new Sql(
                PAGE.formatted(where),
                List.copyOf(params),
                filtered ? "select count(*) from client c" + where : "select count(*) from " + matches,
                filtered ? List.copyOf(params) : matchParams,
                null));
    }

    private ClientSummary summary(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new ClientSummary(
                id,
                decrypt(row, "first_name", id),
                decrypt(row, "last_name", id),
                decrypt(row, "display_name", id),
                decrypt(row, "email", id),
                decrypt(row, "mobile_phone", id),
                ClientStatus.valueOf(row.getString("status")),
                row.getObject("preferred_branch_id", UUID.class),
                row.getTimestamp("created_at").toInstant());
    }

    private String decrypt(ResultSet row, String column, UUID id) throws SQLException {
        return encryptor.decrypt(row.getBytes(column), new Cell("client", column, id));
    }
}

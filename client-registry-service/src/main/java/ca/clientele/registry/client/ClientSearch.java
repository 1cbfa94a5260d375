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

    // The page is chosen on narrow columns (covering indexes, no decryption), then only its rows
    // are read whole. When a query narrows the list, the count comes with the page: sorting the
    // matches already visited them all.
    private static final String PAGE = "with page as (select c.id, c.created_at, %s as total from client c%s"
            + " order by c.created_at desc, c.id limit ? offset ?)"
            + " select page.total, c.id, c.first_name, c.last_name, c.display_name, c.email, c.mobile_phone,"
            + " c.status, c.preferred_branch_id, c.created_at"
            + " from page join client c on c.id = page.id order by page.created_at desc, page.id";

    // One semi-join per query word: the client has a name word or a current pet's name word that
    // starts with it. Separate conditions (not a count of matched words) keep the planner's
    // estimates right, so a one-letter word and a rare word get different plans.
    private static final String MATCHES_WORD = " and c.id in (select t.client_id from client_search_token t"
            + " where t.token = ? union all select p.client_id from pet_search_token p where p.token = ?)";

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
        List<Long> totals = new ArrayList<>(1);
        List<ClientSummary> rows = jdbc.sql(filter.pageSql())
                .params(filter.pageParams(page, size))
                .query((row, number) -> {
                    totals.add(row.getObject("total", Long.class));
                    return summary(row);
                })
                .list();
        return ClientPage.of(rows, page, size, total(filter, page, size, rows, totals));
    }

    private long total(Filter filter, int page, int size, List<ClientSummary> rows, List<Long> totals) {
        if (!totals.isEmpty() && totals.getFirst() != null) {
            return totals.getFirst();
        }
        if (page == 0 && rows.size() < size) {
            return rows.size(); // the first page holds every match
        }
        return jdbc.sql(filter.countSql())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /**
     * The SQL condition of a search and its parameters (also what the search benchmark explains).
     * {@code countInPage}: the page query counts the matches too.
     */
    record Filter(String where, List<Object> params, boolean countInPage) {

        String pageSql() {
            return PAGE.formatted(countInPage ? "count(*) over ()" : "null::bigint", where);
        }

        List<Object> pageParams(int page, int size) {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add((long) page * size);
            return pageParams;
        }

        String countSql() {
            return "select count(*) from client c" + where;
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
        boolean query = criteria.query() != null && !criteria.query().isBlank();
        return matchQuery(criteria.query(), where, params)
                ? Optional.of(new Filter(where.toString(), List.copyOf(params), query))
                : Optional.empty();
    }

    /** Adds the query's condition; false when the query cannot match anything. */
    private boolean matchQuery(String query, StringBuilder where, List<Object> params) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String phone = PhoneNumbers.normalise(query);
        if (phone != null) {
            String hash = blindIndex.of(phone);
            where.append(" and (c.mobile_phone_hash = ? or c.home_phone_hash = ?)");
            Collections.addAll(params, hash, hash);
            return true;
        }
        if (query.contains("@")) {
            where.append(" and c.email_hash = ?");
            params.add(blindIndex.of(query));
            return true;
        }
        List<String> tokens = index.queryTokens(query);
        for (String token : tokens) {
            where.append(MATCHES_WORD);
            Collections.addAll(params, token, token);
        }
        return !tokens.isEmpty();
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

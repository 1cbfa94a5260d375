package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    private static final String ROW = "select c.id, c.first_name, c.last_name, c.display_name, c.email,"
            + " c.mobile_phone, c.status, c.preferred_branch_id, c.created_at from client c";

    // A client's name tokens and their pets' tokens together: a client matches when it holds every
    // query token, whichever side each comes from. "union" counts a token once per client.
    private static final String MATCHING_TOKENS = " and c.id in (select m.client_id from"
            + " (select t.client_id, t.token from client_search_token t where t.token = any(?::text[])"
            + " union select p.client_id, p.token from pet_search_token p where p.token = any(?::text[])) m"
            + " group by m.client_id having count(*) = ?)";

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
        if (!matchQuery(criteria.query(), where, params)) {
            return ClientPage.of(List.of(), page, size, 0);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<ClientSummary> rows = jdbc.sql(ROW + where + " order by c.created_at desc, c.id limit ? offset ?")
                .params(pageParams)
                .query(this::summary)
                .list();
        // The first page often holds every match: no second pass over the matches to count them.
        long total = page == 0 && rows.size() < size
                ? rows.size()
                : jdbc.sql("select count(*) from client c" + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        return ClientPage.of(rows, page, size, total);
    }

    /** Adds the query's condition; false when the query cannot match anything (no word in it). */
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
        String[] tokens = index.queryTokens(query).toArray(String[]::new);
        if (tokens.length == 0) {
            return false;
        }
        where.append(MATCHING_TOKENS);
        Collections.addAll(params, tokens, tokens, tokens.length);
        return true;
    }

    private ClientSummary summary(ResultSet row, int rowNumber) throws SQLException {
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

package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff client list: filter by status, search by name prefix, exact e-mail or exact phone, newest first. */
@Component
class ClientSearch {

    private final JdbcClient jdbc;
    private final ClientRepository clients;
    private final ClientSearchIndex index;
    private final BlindIndex blindIndex;

    ClientSearch(JdbcClient jdbc, ClientRepository clients, ClientSearchIndex index, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.index = index;
        this.blindIndex = blindIndex;
    }

    record Result(List<Client> content, long total) {}

    @Transactional(readOnly = true)
    Result search(String query, ClientStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" and c.status = ?");
            params.add(status.name());
        }
        if (query != null && !query.isBlank()) {
            String phone = PhoneNumbers.normalise(query);
            if (phone != null) {
                where.append(" and (c.mobile_phone_hash = ? or c.home_phone_hash = ?)");
                params.add(blindIndex.of(phone));
                params.add(blindIndex.of(phone));
            } else if (query.contains("@")) {
                where.append(" and c.email_hash = ?");
                params.add(blindIndex.of(query));
            } else {
                List<String> tokens = index.queryTokens(query);
                where.append(" and c.id in (select t.client_id from client_search_token t where t.token in (")
                        .append(String.join(",", tokens.stream().map(t -> "?").toList()))
                        .append(") group by t.client_id having count(*) = ?)");
                params.addAll(tokens);
                params.add(tokens.size());
            }
        }
        long total = jdbc.sql("select count(*) from client c" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<UUID> ids = jdbc.sql(
                        "select c.id from client c" + where + " order by c.created_at desc, c.id limit ? offset ?")
                .params(pageParams)
                .query(UUID.class)
                .list();
        Map<UUID, Client> byId =
                clients.findAllById(ids).stream().collect(Collectors.toMap(Client::id, Function.identity()));
        return new Result(ids.stream().map(byId::get).toList(), total);
    }
}

package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket lists: the staff inbox over every ticket and a client's "Mes messages". Filters and sort keys are clear
 * columns covered by indexes ending with the sort key (V2_1), so a page stops after its rows; the counts per status are
 * one grouped query (left out when a search finds more than {@link #FEW_MATCHES}); search compares
 * keyed hashes only ({@link TicketSearchIndex}). Only the page's rows are read from the table and decrypted.
 */
@Component
class TicketInbox {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final int FEW_MATCHES = 2_000;
    /**
     * How many of a word's tickets a search reads at a time: more than a surname's (about 3 % of the tickets), so that
     * a surname's tickets are read in one chunk and tell it apart from a common word.
     */
    static final int CHUNK = 5_000;

    private static final String COLUMNS = "t.id, t.number, t.status, t.subject, t.category_id, t.type, t.channel,"
            + " t.client_id, t.client_name, t.assignee_id, t.branch_id, t.created_at, t.updated_at, t.follow_up_on,"
            + " t.visible_to_client";

    private final JdbcClient jdbc;
    private final FieldEncryptor encryptor;
    private final TicketSearchIndex index;
    private final TicketLabels labels;
    private final StaffDirectory staff;
    private final int fewMatches;
    private final int chunkSize;

    @Autowired
    TicketInbox(
            JdbcClient jdbc,
            FieldEncryptor encryptor,
            TicketSearchIndex index,
            TicketLabels labels,
            StaffDirectory staff) {
        this(jdbc, encryptor, index, labels, staff, FEW_MATCHES, CHUNK);
    }

    /**
     * {@code fewMatches}: past how many matches a search stops reading them; {@code chunkSize}: how many of a word's
     * tickets it reads at a time (tests lower both rather than open thousands of tickets).
     */
    TicketInbox(
            JdbcClient jdbc,
            FieldEncryptor encryptor,
            TicketSearchIndex index,
            TicketLabels labels,
            StaffDirectory staff,
            int fewMatches,
            int chunkSize) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.index = index;
        this.labels = labels;
        this.staff = staff;
        this.fewMatches = fewMatches;
        this.chunkSize = chunkSize;
    }

    /**
     * What the caller picked; each part optional. {@code forClient}: the list of one client as that client sees it
     * (their client-visible tickets, searched without internal notes; staff-only filters ignored).
     */
    record Criteria(
            boolean forClient,
            UUID clientId,
            TicketStatus status,
            TicketType type,
            UUID category,
            Channel channel,
            boolean unassigned,
            UUID assignee,
            UUID branch,
            LocalDate from,
            LocalDate to,
            String query,
            Sort sort,
            boolean ascending) {}

    enum Sort {
        UPDATED("t.updated_at"),
        CREATED("t.created_at"),
        NUMBER("t.number");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    @Transactional(readOnly = true)
    TicketPage list(Criteria criteria, int page, int size, Locale locale) {
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            counts.put(status, 0L);
        }
        boolean search = criteria.query() != null && !criteria.query().isBlank();
        // For this transaction only. The lists' tables and indexes are read from memory, where a page read at random
        // costs about what one read in order does: with the default costs (4 to 1, spinning disks) PostgreSQL counted
        // the statuses by reading and hashing every ticket row (42 ms over 100,000) rather than from the status index
        // (11 ms). Parallel workers cost more to start than such a count takes (60 ms against 8). A word's tickets run
        // from a handful to half of them: a plan made once for "a token" (the generic plan a prepared statement falls
        // back to) suits the rare ones and is ruinous for the common ones, so a search's statements are planned for the
        // tokens they are given.
        jdbc.sql("select set_config('random_page_cost', '1.1', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true),"
                        + " set_config('plan_cache_mode', ?, true)")
                .param(search ? "force_custom_plan" : "auto")
                .query((row, n) -> n)
                .list();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        Matches matches = conditions(criteria, where, params);
        if (matches == Matches.NONE) {
            return new TicketPage(List.of(), PageInfo.of(page, size, 0), counts, false);
        }
        boolean capped = matches == Matches.MANY;
        if (capped) {
            // Counting tens of thousands of matches per status costs more than the page itself: the lists say
            // "more than 2,000" instead, and the pager learns whether a next page exists from one extra row.
            counts.clear();
        } else {
            jdbc.sql("select t.status, count(*) as n from ticket t" + where + " group by t.status")
                    .params(params)
                    .query((row, n) -> Map.entry(TicketStatus.valueOf(row.getString("status")), row.getLong("n")))
                    .list()
                    .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        }
        if (criteria.status() != null) {
            where.append(" and t.status = ?");
            params.add(criteria.status().name());
        }
        // The sort indexes are (key desc, id): read either way they give the key and the id in opposite directions,
        // so the id breaks ties that way and the index alone yields the order (no sort of every row read).
        String direction = criteria.ascending() ? " asc" : " desc";
        String tieBreak = criteria.ascending() ? " desc" : " asc";
        params.add(capped ? size + 1 : size);
        params.add((long) page * size);
        // The page's ids first, from the indexes alone where they can, then only those rows (with their encrypted
        // texts): the tickets skipped by the offset or a search are never read from the table.
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from (select t.id, " + criteria.sort().column
                        + " as sort_key from ticket t" + where + " order by " + criteria.sort().column + direction
                        + ", t.id" + tieBreak + " limit ? offset ?) p join ticket t on t.id = p.id order by p.sort_key"
                        + direction + ", p.id" + tieBreak)
                .params(params)
                .query((row, n) -> row(row))
                .list();
        PageInfo pageInfo;
        if (capped) {
            boolean more = rows.size() > size;
            rows = more ? rows.subList(0, size) : rows;
            pageInfo = PageInfo.atLeast(page, size, fewMatches, more);
        } else {
            pageInfo = PageInfo.of(
                    page,
                    size,
                    criteria.status() == null
                            ? counts.values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()
                            : counts.get(criteria.status()));
        }
        Map<UUID, String> categories =
                labels.categories(rows.stream().map(Row::categoryId).toList(), locale);
        Map<UUID, String> assignees =
                staff.names(rows.stream().map(Row::assigneeId).toList());
        List<TicketSummary> content = rows.stream()
                .map(row -> row.summary(labels, locale, categories, assignees))
                .toList();
        return new TicketPage(content, pageInfo, counts, capped);
    }

    /** How many tickets a search matched: none, few enough to count, or too many to count on every request. */
    private enum Matches {
        NONE,
        FEW,
        MANY
    }

    /** Appends every condition but the status; NONE when the criteria cannot match anything. */
    private Matches conditions(Criteria criteria, StringBuilder where, List<Object> params) {
        if (criteria.clientId() != null) {
            where.append(" and t.client_id = ?");
            params.add(criteria.clientId());
        }
        if (criteria.forClient()) {
            where.append(" and t.visible_to_client");
        } else {
            if (criteria.type() != null) {
                where.append(" and t.type = ?");
                params.add(criteria.type().name());
            }
            if (criteria.channel() != null) {
                where.append(" and t.channel = ?");
                params.add(criteria.channel().name());
            }
            if (criteria.unassigned()) {
                where.append(" and t.assignee_id is null");
            } else if (criteria.assignee() != null) {
                where.append(" and t.assignee_id = ?");
                params.add(criteria.assignee());
            }
            if (criteria.branch() != null) {
                where.append(" and t.branch_id = ?");
                params.add(criteria.branch());
            }
        }
        if (criteria.category() != null) {
            where.append(" and t.category_id = ?");
            params.add(criteria.category());
        }
        if (criteria.from() != null) {
            where.append(" and t.created_at >= ?");
            params.add(Timestamp.from(criteria.from().atStartOfDay(MONTREAL).toInstant()));
        }
        if (criteria.to() != null) {
            where.append(" and t.created_at < ?");
            params.add(Timestamp.from(
                    criteria.to().plusDays(1).atStartOfDay(MONTREAL).toInstant()));
        }
        if (criteria.query() != null && !criteria.query().isBlank()) {
            return matching(index.queryTokens(criteria.query()), criteria.forClient(), where, params);
        }
        return Matches.FEW;
    }

    /**
     * The search condition. A ticket matches when it has every word. The rarest word's tickets are read in chunks, in
     * ticket id order, and kept when they also have the other words: a word seen whole in its first chunk is checked in
     * memory, a more common one by one index scan over the chunk's ids ({@code = any}, which PostgreSQL walks in order,
     * descending from the root only between distant ids). Once more than {@link #fewMatches} tickets are found (MANY),
     * the list is walked in its own order instead and each ticket probed for the words, rarest first: counting them or
     * sorting them all would cost more than the page. Otherwise every match is known and goes into the query as a
     * literal set (FEW). NONE when no ticket matches or the query has no word long enough.
     */
    private Matches matching(List<String> tokens, boolean forClient, StringBuilder where, List<Object> params) {
        if (tokens.isEmpty()) {
            return Matches.NONE;
        }
        String visible = forClient ? " and not s.staff_only" : "";
        // Each word's first chunk: a word found whole there is known exactly; rarest (fewest found) first.
        Map<String, List<UUID>> firsts = new HashMap<>();
        for (String token : tokens) {
            firsts.put(token, chunk(token, null, visible));
        }
        List<String> byRarity = tokens.stream()
                .sorted(Comparator.comparing(token -> firsts.get(token).size()))
                .toList();
        Set<UUID> found = new LinkedHashSet<>();
        List<UUID> chunk = firsts.get(byRarity.getFirst());
        while (true) {
            List<UUID> kept = chunk;
            for (String other : byRarity.subList(1, byRarity.size())) {
                if (kept.isEmpty()) {
                    break;
                }
                List<UUID> ofOther = firsts.get(other);
                if (ofOther.size() < chunkSize) {
                    Set<UUID> whole = new HashSet<>(ofOther);
                    kept = kept.stream().filter(whole::contains).toList();
                } else {
                    kept = jdbc.sql("select s.ticket_id from ticket_search_token s where s.token_hash = ?" + visible
                                    + " and s.ticket_id = any(array(select unnest(?::uuid[])))")
                            .params(other, kept.toArray(UUID[]::new))
                            .query(UUID.class)
                            .list();
                }
            }
            found.addAll(kept);
            if (found.size() > fewMatches) {
                walkProbing(byRarity, visible, where, params);
                return Matches.MANY;
            }
            if (chunk.size() < chunkSize) {
                break;
            }
            chunk = chunk(byRarity.getFirst(), chunk.getLast(), visible);
        }
        if (found.isEmpty()) {
            return Matches.NONE;
        }
        // Joined, not tested row by row: the planner then fetches just these tickets by id, instead of walking the
        // newest ones and comparing each with the whole set.
        where.append(" and t.id in (select m.id from unnest(?::uuid[]) as m(id))");
        params.add(found.toArray(UUID[]::new));
        return Matches.FEW;
    }

    /**
     * Many matches (one ticket in fifty or more): the page is found by walking the tickets in the list's order (its
     * index) and probing each for the words, which stops after a page: a few dozen to a thousand tickets. Scalar
     * subqueries, not IN or EXISTS: those the planner may turn into semi-joins or hashed subplans, which read every
     * ticket of every word before the first row of the page. A CASE keeps the rarest word's probe first (the planner
     * orders plain conditions by its own cost estimate).
     */
    private static void walkProbing(List<String> byRarity, String visible, StringBuilder where, List<Object> params) {
        String probe = "coalesce((select true from ticket_search_token s where s.token_hash = ? and s.ticket_id = t.id"
                + visible + " limit 1), false)";
        where.append(" and ");
        if (byRarity.size() > 1) {
            where.append("(case");
            for (String token : byRarity.subList(0, byRarity.size() - 1)) {
                where.append(" when not ").append(probe).append(" then false");
                params.add(token);
            }
            where.append(" else ");
        }
        where.append(probe).append(byRarity.size() > 1 ? " end)" : "");
        params.add(byRarity.getLast());
    }

    /** Up to {@link #chunkSize} tickets having this word, in id order, after {@code after} (from the first if null). */
    private List<UUID> chunk(String token, UUID after, String visible) {
        List<Object> params = new ArrayList<>(List.of(token));
        if (after != null) {
            params.add(after);
        }
        params.add(chunkSize);
        return jdbc.sql("select distinct s.ticket_id from ticket_search_token s where s.token_hash = ?" + visible
                        + (after == null ? "" : " and s.ticket_id > ?") + " order by s.ticket_id limit ?")
                .params(params)
                .query(UUID.class)
                .list();
    }

    private Row row(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new Row(
                id,
                row.getInt("number"),
                TicketStatus.valueOf(row.getString("status")),
                encryptor.decrypt(row.getBytes("subject"), new Cell("ticket", "subject", id)),
                row.getObject("category_id", UUID.class),
                TicketType.valueOf(row.getString("type")),
                Channel.valueOf(row.getString("channel")),
                row.getObject("client_id", UUID.class),
                encryptor.decrypt(row.getBytes("client_name"), new Cell("ticket", "client_name", id)),
                row.getObject("assignee_id", UUID.class),
                row.getObject("branch_id", UUID.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getObject("follow_up_on", LocalDate.class),
                row.getBoolean("visible_to_client"));
    }

    private record Row(
            UUID id,
            int number,
            TicketStatus status,
            String subject,
            UUID categoryId,
            TicketType type,
            Channel channel,
            UUID clientId,
            String clientName,
            UUID assigneeId,
            UUID branchId,
            java.time.Instant createdAt,
            java.time.Instant updatedAt,
            LocalDate followUpOn,
            boolean visibleToClient) {

        TicketSummary summary(
                TicketLabels labels, Locale locale, Map<UUID, String> categories, Map<UUID, String> assignees) {
            return new TicketSummary(
                    id,
                    number,
                    status,
                    labels.status(status, locale),
                    subject,
                    categoryId,
                    categories.get(categoryId),
                    type,
                    labels.type(type, locale),
                    channel,
                    labels.channel(channel, locale),
                    clientId,
                    clientName,
                    assigneeId,
                    assigneeId == null ? null : assignees.get(assigneeId),
                    branchId,
                    createdAt,
                    updatedAt,
                    followUpOn,
                    visibleToClient);
        }
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket lists: the staff inbox over every ticket and a client's "Mes messages". Filters and sort keys are clear
 * columns covered by indexes ending with the sort key (V2_1), so a page stops after its rows; the counts per status are
 * one grouped query (left out when a search matches more than {@link #FEW_MATCHES}); search compares keyed hashes only ({@link TicketSearchIndex}). Only the page's rows are
 * decrypted, straight from their columns.
 */
@Component
class TicketInbox {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final int FEW_MATCHES = 2_000;
    /**
     * Up to how many tickets a word's matches are counted to find the rarest word: well past {@link #FEW_MATCHES}, so
     * that a surname (a few thousand tickets) is still told from a word in half of them (tens of thousands).
     */
    static final int RARITY_BOUND = 20_000;
    /**
     * About how many index entries read in order cost one probe of the index for a single ticket (a descent from the
     * root): when the other words' matches are fewer than this many times the rarest word's, reading and intersecting
     * them all is cheaper than probing them for each of the rarest word's tickets.
     */
    static final int READS_PER_PROBE = 8;

    private static final String COLUMNS = "t.id, t.number, t.status, t.subject, t.category_id, t.type, t.channel,"
            + " t.client_id, t.client_name, t.assignee_id, t.branch_id, t.created_at, t.updated_at, t.follow_up_on,"
            + " t.visible_to_client";

    private final JdbcClient jdbc;
    private final FieldEncryptor encryptor;
    private final TicketSearchIndex index;
    private final TicketLabels labels;
    private final StaffDirectory staff;
    private final int fewMatches;

    @Autowired
    TicketInbox(
            JdbcClient jdbc,
            FieldEncryptor encryptor,
            TicketSearchIndex index,
            TicketLabels labels,
            StaffDirectory staff) {
        this(jdbc, encryptor, index, labels, staff, FEW_MATCHES);
    }

    /** {@code fewMatches}: up to how many matches a search is counted (tests lower it rather than open 2,000 tickets). */
    TicketInbox(
            JdbcClient jdbc,
            FieldEncryptor encryptor,
            TicketSearchIndex index,
            TicketLabels labels,
            StaffDirectory staff,
            int fewMatches) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.index = index;
        this.labels = labels;
        this.staff = staff;
        this.fewMatches = fewMatches;
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
        if (criteria.query() != null && !criteria.query().isBlank()) {
            // A word's tickets run from a handful to half of them: a plan made once for "a token" (the generic plan a
            // prepared statement falls back to) suits the rare ones and is ruinous for the common ones, so a search's
            // statements are planned for the tokens they are given.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
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
        String direction = criteria.ascending() ? " asc" : " desc";
        params.add(capped ? size + 1 : size);
        params.add((long) page * size);
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from ticket t" + where + " order by " + criteria.sort().column
                        + direction + ", t.id" + direction + " limit ? offset ?")
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
     * The search condition. The tickets having every word are first read from the token index alone, led by the
     * rarest word (each word's tickets counted up to a bound, index only): its tickets are read and every other word
     * checked by a primary-key probe, so a common word ("vous") next to a rare one (a surname) costs the rare one's
     * matches, not its own; when the rarest word is itself common enough that the probes would cost more than reading
     * the other words' tickets ({@link #READS_PER_PROBE}), the words' tickets are intersected instead. When they are few, their ids go into the query as a literal set (the planner then reads
     * just them, instead of walking the newest tickets and probing each one); when they are many, the walk in the
     * list's order finds a page at once, probing each ticket for the words. NONE when no ticket matches (or the query
     * has no word long enough).
     */
    private Matches matching(List<String> tokens, boolean forClient, StringBuilder where, List<Object> params) {
        if (tokens.isEmpty()) {
            return Matches.NONE;
        }
        String visible = forClient ? " and not s.staff_only" : "";
        Map<String, Integer> counts = new HashMap<>();
        for (String token : tokens) {
            counts.put(
                    token,
                    jdbc.sql("select count(*) from (select 1 from ticket_search_token s where s.token_hash = ?"
                                    + visible + " limit " + Math.max(RARITY_BOUND, fewMatches + 1) + ") c")
                            .param(token)
                            .query(Integer.class)
                            .single());
        }
        List<String> byRarity =
                tokens.stream().sorted(Comparator.comparing(counts::get)).toList();
        if (counts.get(byRarity.getFirst()) == 0) {
            return Matches.NONE;
        }
        int bound = Math.max(RARITY_BOUND, fewMatches + 1);
        int rarest = counts.get(byRarity.getFirst());
        List<Integer> others =
                byRarity.subList(1, byRarity.size()).stream().map(counts::get).toList();
        boolean merge = !others.isEmpty()
                && others.stream().allMatch(count -> count < bound)
                && others.stream().mapToLong(Integer::longValue).sum() < (long) rarest * READS_PER_PROBE;
        StringBuilder sql = new StringBuilder();
        if (merge) {
            // Every word's tickets read in id order from the index and intersected: cheaper than a probe per ticket of
            // the rarest word once that word is itself common (a surname next to a subject word).
            for (int word = 0; word < byRarity.size(); word++) {
                sql.append(word == 0 ? "" : " intersect ")
                        .append("select s.ticket_id from ticket_search_token s where s.token_hash = ?")
                        .append(visible);
            }
        } else {
            sql.append("select distinct s.ticket_id from ticket_search_token s where s.token_hash = ?")
                    .append(visible);
            for (int other = 1; other < byRarity.size(); other++) {
                sql.append(" and exists (select 1 from ticket_search_token o where o.token_hash = ?"
                        + " and o.ticket_id = s.ticket_id" + (forClient ? " and not o.staff_only" : "") + ")");
            }
        }
        List<UUID> found = jdbc.sql(sql + " limit " + (fewMatches + 1))
                .params(byRarity)
                .query(UUID.class)
                .list();
        if (found.isEmpty()) {
            return Matches.NONE;
        }
        if (found.size() <= fewMatches) {
            // Joined, not tested row by row: the planner then fetches just these tickets by id, instead of walking
            // the newest ones and comparing each with the whole list.
            where.append(" and t.id in (select m.id from unnest(?::uuid[]) as m(id))");
            params.add(found.toArray(UUID[]::new));
            return Matches.FEW;
        }
        // Many matches (one ticket in fifty or more): the page is found by walking the tickets in the list's order
        // (its index) and probing each for the words, rarest first, which stops after a page: a few dozen to a thousand
        // tickets. Scalar subqueries, not IN or EXISTS: those the planner may turn into semi-joins or hashed subplans,
        // which read every ticket of every word (tens of thousands) before the first row of the page.
        for (String token : byRarity) {
            where.append(" and coalesce((select true from ticket_search_token s where s.token_hash = ?"
                            + " and s.ticket_id = t.id")
                    .append(visible)
                    .append(" limit 1), false)");
            params.add(token);
        }
        return Matches.MANY;
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

package ca.clientele.adminportal.tickets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What staff asked the inbox for, bound from the query string as text: a filter that is no such
 * thing (an old link, a typo) means "all", never an error page. {@code assignee} is a staff id or
 * {@value #UNASSIGNED}; {@code client} a client id (the client page links here with it).
 */
record InboxSearch(
        String q,
        String status,
        String type,
        String category,
        String channel,
        String assignee,
        String branch,
        String client,
        String from,
        String to,
        String sort,
        String direction,
        String page) {

    static final int PAGE_SIZE = 20;
    static final String UNASSIGNED = "none";
    static final List<String> STATUSES = List.of("WAITING_ON_STAFF", "WAITING_ON_CLIENT", "CLOSED");
    static final List<String> TYPES = List.of("MESSAGE", "QUESTION", "REQUEST", "COMPLAINT", "INCIDENT");
    static final List<String> CHANNELS = List.of("PORTAL", "PHONE", "IN_PERSON", "EMAIL");
    static final List<String> SORTS = List.of("updated", "created", "number");

    InboxSearch {
        q = q == null ? "" : q.strip();
    }

    TicketPage in(TicketClient tickets) {
        return tickets.search(
                clientId().orElse(null),
                oneOf(status, STATUSES),
                oneOf(type, TYPES),
                id(category).orElse(null),
                oneOf(channel, CHANNELS),
                assigneeFilter(),
                id(branch).orElse(null),
                date(from),
                date(to),
                q.isEmpty() ? null : q,
                oneOf(sort, SORTS),
                "asc".equals(direction) ? "asc" : null,
                pageNumber(),
                PAGE_SIZE);
    }

    public Optional<UUID> clientId() {
        return id(client);
    }

    /**
     * The query of a link to these filters with another status (null: the same) and page (null: the
     * first): only what is set, so the address stays readable ({@code ?status=CLOSED&page=2}).
     */
    public String query(String otherStatus, Integer otherPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("status", otherStatus != null ? otherStatus : status);
        parameters.put("type", type);
        parameters.put("category", category);
        parameters.put("channel", channel);
        parameters.put("assignee", assignee);
        parameters.put("branch", branch);
        parameters.put("client", client);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sort", sort);
        parameters.put("direction", direction);
        parameters.put("page", otherPage == null || otherPage == 0 ? null : otherPage.toString());
        String query = parameters.entrySet().stream()
                .filter(parameter ->
                        parameter.getValue() != null && !parameter.getValue().isBlank())
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private String assigneeFilter() {
        return UNASSIGNED.equals(assignee)
                ? UNASSIGNED
                : id(assignee).map(UUID::toString).orElse(null);
    }

    int pageNumber() {
        return parse(page, text -> Math.max(Integer.parseInt(text), 0)).orElse(0);
    }

    private static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value.strip()) ? value.strip() : null;
    }

    private static Optional<UUID> id(String value) {
        return parse(value, UUID::fromString);
    }

    private static LocalDate date(String value) {
        return parse(value, LocalDate::parse).orElse(null);
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}

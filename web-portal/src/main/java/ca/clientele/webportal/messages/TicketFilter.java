package ca.clientele.webportal.messages;

import java.util.List;

/**
 * The list's search box, status filter ("Tous" = none), order and page, as the query string carries
 * them (so a filtered list can be bookmarked and the back button works). Unknown values fall back to
 * the defaults: the list never fails on a hand-edited link.
 */
record TicketFilter(String q, String status, String order, String page) {

    static final List<String> STATUSES = List.of("WAITING_ON_STAFF", "WAITING_ON_CLIENT", "CLOSED");
    /** field-direction; the first is the default (as the seed: "Date de mise à jour DESC"). */
    static final List<String> ORDERS =
            List.of("updated-desc", "updated-asc", "created-desc", "created-asc", "number-desc", "number-asc");

    public String statusOrAll() {
        // List.of(…).contains(null) throws: test for null first.
        return status != null && STATUSES.contains(status) ? status : null;
    }

    public String orderOrDefault() {
        return order != null && ORDERS.contains(order) ? order : ORDERS.getFirst();
    }

    String sort() {
        return orderOrDefault().substring(0, orderOrDefault().indexOf('-'));
    }

    String direction() {
        return orderOrDefault().substring(orderOrDefault().indexOf('-') + 1);
    }

    /** A string, read here: a hand-edited "page=deux" is the first page, not a binding error. */
    int pageOrFirst() {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    /** Whether anything narrows the list (then "no ticket" means "none matches"). */
    public boolean filtering() {
        return statusOrAll() != null || q != null;
    }
}

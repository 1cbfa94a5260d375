package ca.clientele.webportal.dashboard;

/**
 * One card of the dashboard: what its service answered, or {@code available = false} when the service was down,
 * slow (beyond the card's timeout) or failing; the page then says "temporairement indisponible" for that card only.
 */
record Card<T>(T value, boolean available) {

    static <T> Card<T> of(T value) {
        return new Card<>(value, true);
    }

    static <T> Card<T> unavailable() {
        return new Card<>(null, false);
    }
}

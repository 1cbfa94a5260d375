package ca.clientele.webportal.sections;

/**
 * The sidebar sections whose features arrive with later issues. Each page shows the seed's title
 * and explanation and says honestly that it is not offered yet. {@code key} names the messages
 * ({@code section.<key>.*}) and the sidebar entry to highlight.
 */
enum Section {
    PAYMENT_METHODS("payment-methods");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}

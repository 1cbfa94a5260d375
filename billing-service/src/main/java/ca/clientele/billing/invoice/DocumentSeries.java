package ca.clientele.billing.invoice;

/** The two numbering series: each has its own gapless count per year (ADR 0021). */
enum DocumentSeries {
    /** "2026-000123". */
    INVOICE(""),
    /** "NC-2026-000012" (note de crédit). */
    CREDIT_NOTE("NC-");

    private final String prefix;

    DocumentSeries(String prefix) {
        this.prefix = prefix;
    }

    String format(int year, int sequence) {
        return "%s%d-%06d".formatted(prefix, year, sequence);
    }
}

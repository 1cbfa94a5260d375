package ca.clientele.adminportal.invoices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of a client's invoices, newest first, each with its credit notes (amounts as "40.24"). */
public record InvoicePage(List<Invoice> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {

        public boolean hasNext() {
            return number + 1 < totalPages;
        }

        public boolean hasPrevious() {
            return number > 0;
        }
    }

    public record Invoice(
            UUID id,
            String number,
            UUID orderId,
            long orderNumber,
            Instant issuedAt,
            String gst,
            String qst,
            String total,
            String credited,
            String balance,
            List<CreditNote> creditNotes) {}

    public record CreditNote(
            UUID id,
            String number,
            Instant issuedAt,
            String settlement,
            String settlementLabel,
            String reason,
            String gst,
            String qst,
            String total) {}
}

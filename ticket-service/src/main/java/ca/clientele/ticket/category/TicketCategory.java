package ca.clientele.ticket.category;

import ca.clientele.ticket.choice.Choice;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ticket category ("Catégorie" in the portal's ticket list) with its label in both languages. */
@Entity
@Table(name = "ticket_category")
class TicketCategory extends Choice {

    protected TicketCategory() {
        // for JPA
    }

    TicketCategory(String code, String labelFr, String labelEn, Instant now) {
        super(code, labelFr, labelEn, now);
    }
}

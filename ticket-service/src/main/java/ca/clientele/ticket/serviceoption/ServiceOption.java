package ca.clientele.ticket.serviceoption;

import ca.clientele.ticket.choice.Choice;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A service a client may say they wish for when opening a ticket ("Service(s) souhaité(s)"). Staff
 * keep this list until the bookings issue brings the catalogue of services offered.
 */
@Entity
@Table(name = "ticket_service_option")
class ServiceOption extends Choice {

    protected ServiceOption() {
        // for JPA
    }

    ServiceOption(String code, String labelFr, String labelEn, Instant now) {
        super(code, labelFr, labelEn, now);
    }
}

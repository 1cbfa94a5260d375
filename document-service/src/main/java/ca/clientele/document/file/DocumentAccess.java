package ca.clientele.document.file;

import ca.clientele.document.ticket.TicketReaders;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see a file. Staff see every file that is not deleted; a client sees only the visible files of their own id,
 * and for anything else the file does not exist (404), so ids cannot be probed.
 */
@Component
class DocumentAccess {

    private final DocumentFileRepository files;
    private final TicketReaders tickets;

    DocumentAccess(DocumentFileRepository files, TicketReaders tickets) {
        this.files = files;
        this.tickets = tickets;
    }

    /** The file, if the caller may read it; 404 otherwise. */
    DocumentFile readable(UUID id, Caller caller) {
        DocumentFile file = files.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (file.deleted() || !(caller.isStaff() || (caller.id().equals(file.clientId()) && file.visibleToClient()))) {
            throw new ResourceNotFoundException();
        }
        if (file.purpose() == Purpose.ATTACHMENT && !caller.isStaff()) {
            // Readable by the ticket's client only, as the ticket service's events say.
            tickets.requireTicketOf(file.ticketId(), file.clientId());
        }
        return file;
    }

    /** The visibilities the caller may list. */
    static Set<Visibility> listable(Caller caller) {
        return caller.isStaff() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.CLIENT_VISIBLE);
    }
}

package ca.clientele.ticket.incident;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of the register, newest learned first, with the paging the screen needs. */
record IncidentPage(List<IncidentView> content, PageInfo page) {

    record PageInfo(int number, int size, long totalElements, int totalPages) {}

    static IncidentPage of(Page<Incident> page) {
        return new IncidentPage(
                page.getContent().stream().map(Incident::view).toList(),
                new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }
}

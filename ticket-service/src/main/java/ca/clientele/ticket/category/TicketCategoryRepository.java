package ca.clientele.ticket.category;

import ca.clientele.ticket.choice.ChoiceRepository;

interface TicketCategoryRepository extends ChoiceRepository<TicketCategory> {}

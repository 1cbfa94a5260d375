package ca.clientele.ticket.serviceoption;

import ca.clientele.ticket.choice.ChoiceRepository;

interface ServiceOptionRepository extends ChoiceRepository<ServiceOption> {}

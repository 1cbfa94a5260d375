package ca.clientele.ticket.ticket;

import java.util.List;

/** Older messages, newest first ("Voir plus"). */
record MessagePage(List<MessageView> content, PageInfo page) {}

package ca.clientele.webportal.ticketservice;

import java.util.List;

/** Older messages of a ticket, newest first. */
public record MessagePage(List<MessageView> content, PageInfo page) {

    public MessagePage {
        content = content == null ? List.of() : content;
        page = page == null ? new PageInfo(0, content.size(), content.size(), 1) : page;
    }
}

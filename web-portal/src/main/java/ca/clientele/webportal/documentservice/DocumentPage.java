package ca.clientele.webportal.documentservice;

import java.util.List;

/** One page of the client's documents, newest first. */
public record DocumentPage(List<DocumentView> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {}

    public boolean hasNext() {
        return page != null && page.number() + 1 < page.totalPages();
    }

    public boolean hasPrevious() {
        return page != null && page.number() > 0;
    }
}

package ca.clientele.webportal.ticketservice;

/** Where a page sits in the whole list. */
public record PageInfo(int number, int size, long totalElements, int totalPages) {

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    public boolean hasPrevious() {
        return number > 0;
    }
}

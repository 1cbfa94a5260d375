package ca.clientele.ticket.ticket;

/** Where a page sits in the whole list. */
record PageInfo(int number, int size, long totalElements, int totalPages) {

    static PageInfo of(int number, int size, long total) {
        return new PageInfo(number, size, total, (int) ((total + size - 1) / size));
    }
}

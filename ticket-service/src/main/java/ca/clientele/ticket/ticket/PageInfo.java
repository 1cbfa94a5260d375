package ca.clientele.ticket.ticket;

/** Where a page sits in the whole list. */
record PageInfo(int number, int size, long totalElements, int totalPages) {

    static PageInfo of(int number, int size, long total) {
        return new PageInfo(number, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * A list that was not counted: more than {@code atLeast} elements, so at least as many pages as they fill, and one
     * past this page when {@code more}.
     */
    static PageInfo atLeast(int number, int size, long atLeast, boolean more) {
        int pages = Math.max(of(number, size, atLeast).totalPages(), more ? number + 2 : number + 1);
        return new PageInfo(number, size, atLeast, pages);
    }
}

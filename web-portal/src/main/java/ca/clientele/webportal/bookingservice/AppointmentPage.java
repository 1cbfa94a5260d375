package ca.clientele.webportal.bookingservice;

import java.util.List;

/** One page of the client's appointments. */
public record AppointmentPage(List<AppointmentView> content, PageInfo page) {

    public AppointmentPage {
        content = content == null ? List.of() : content;
        page = page == null ? new PageInfo(0, content.size(), content.size(), 1) : page;
    }

    /** Where a page sits in the whole list. */
    public record PageInfo(int number, int size, long totalElements, int totalPages) {

        public boolean hasNext() {
            return number + 1 < totalPages;
        }

        public boolean hasPrevious() {
            return number > 0;
        }
    }
}

package ca.clientele.booking.appointment;

import java.util.List;

/** One page of appointments and where it sits in the whole list. */
record AppointmentPage(List<AppointmentView> content, PageInfo page) {

    record PageInfo(int number, int size, long totalElements, int totalPages) {

        static PageInfo of(int number, int size, long total) {
            return new PageInfo(number, size, total, (int) ((total + size - 1) / size));
        }
    }
}

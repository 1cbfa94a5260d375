package ca.clientele.booking.branch;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A branch as slot search and appointments read it: its zone and weekly opening hours (a snapshot). */
public record BranchSchedule(UUID id, String code, String name, ZoneId zone, boolean active, List<OpeningHours> hours) {

    public BranchSchedule {
        hours = List.copyOf(hours);
    }
}

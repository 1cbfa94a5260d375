package ca.clientele.booking.slot;

import java.util.List;

/**
 * Free slots (in-process port, also behind {@code GET /api/slots}); appointments use it for the fresh slots of a
 * "slot taken" answer. Bad input (unknown service, range too long…) raises the web layer's 400 problem.
 */
public interface SlotFinder {

    List<SlotDay> search(SlotQuery query);
}

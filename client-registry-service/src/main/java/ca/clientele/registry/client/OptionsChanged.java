package ca.clientele.registry.client;

import java.util.List;
import java.util.UUID;

/** Data of {@code ca.clientele.client.options-changed}: which options changed, by whom, through which screen. */
record OptionsChanged(UUID clientId, List<ConsentOption> changedOptions, UUID changedBy, ConsentChannel channel) {}

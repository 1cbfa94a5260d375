package ca.clientele.adminportal.documents;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** "Assigner un formulaire" on the client page: which published form the client is given. */
record FormAssignment(@NotNull UUID formId) {}

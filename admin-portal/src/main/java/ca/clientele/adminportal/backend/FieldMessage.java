package ca.clientele.adminportal.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One validation message of a problem, already in the user's language. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldMessage(String field, String message) {}

package ca.clientele.platform.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One validation message of a problem, already in the user's language. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldMessage(String field, String message) {}

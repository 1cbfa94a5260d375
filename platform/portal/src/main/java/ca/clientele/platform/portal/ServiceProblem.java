package ca.clientele.platform.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The parts of an RFC 9457 problem the portal shows; anything else in it is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ServiceProblem(String title, String detail, List<FieldMessage> errors) {}

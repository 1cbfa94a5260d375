package ca.clientele.adminportal.incidents;

import ca.clientele.adminportal.web.ServicePage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's filters, bound from the query string as text: the period (the date the business
 * learned of the incident), serious risk yes/no, overdue only. Unreadable values mean "all".
 */
record IncidentSearch(String from, String to, String seriousRisk, String overdue, String page) {

    static final int PAGE_SIZE = 20;

    ServicePage<IncidentView> in(IncidentClient incidents) {
        return incidents.list(
                date(from), date(to), seriousRiskFilter(), overdueOnly() ? true : null, null, pageNumber(), PAGE_SIZE);
    }

    /** The same filters for the CSV export's link (dates and booleans need no escaping). */
    String exportQuery() {
        List<String> parameters = new ArrayList<>();
        if (date(from) != null) {
            parameters.add("from=" + date(from));
        }
        if (date(to) != null) {
            parameters.add("to=" + date(to));
        }
        if (seriousRiskFilter() != null) {
            parameters.add("seriousRisk=" + seriousRiskFilter());
        }
        if (overdueOnly()) {
            parameters.add("overdue=true");
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    public boolean overdueOnly() {
        return "true".equals(overdue);
    }

    private Boolean seriousRiskFilter() {
        return "true".equals(seriousRisk) ? Boolean.TRUE : "false".equals(seriousRisk) ? Boolean.FALSE : null;
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}

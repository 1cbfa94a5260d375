package ca.clientele.platform.portal;

import java.util.List;

/**
 * Value lists both portals offer, as codes; their labels are the kit's messages ({@code
 * province.QC}, {@code language.fr}). Templates use the bean {@code lists}: {@code
 * th:each="code : ${@lists.provinces()}"}.
 */
public final class ValueLists {

    /** Canadian provinces and territories: Quebec first (the business is there), then by code. */
    public static final List<String> PROVINCES =
            List.of("QC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "SK", "YT");

    /** The languages the platform speaks, French first. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public List<String> provinces() {
        return PROVINCES;
    }

    public List<String> languages() {
        return LANGUAGES;
    }
}

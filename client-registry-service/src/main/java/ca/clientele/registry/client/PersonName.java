package ca.clientele.registry.client;

import java.util.stream.Stream;

/** First, last and display name ("Nom d'affichage", how the name appears in the account). */
record PersonName(String firstName, String lastName, String displayName) {

    PersonName {
        firstName = clean(firstName);
        lastName = clean(lastName);
        displayName = clean(displayName);
        if (displayName.isEmpty()) {
            displayName = (firstName + " " + lastName).strip();
        }
    }

    /** The words a staff search may start with. */
    Stream<String> searchableWords() {
        return Stream.of(firstName, lastName, displayName)
                .flatMap(part -> Stream.of(part.split("[\\s'-]+")))
                .filter(word -> !word.isBlank())
                .distinct();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}

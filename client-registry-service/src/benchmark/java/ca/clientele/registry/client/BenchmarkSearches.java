package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The searches staff make, drawn from the loaded clients so that each one finds someone: Gatling
 * feeder records {@code {kind, params}} in a shuffled, seeded order.
 */
final class BenchmarkSearches {

    static final String NAME_PREFIX = "name prefix";
    static final String FIRST_LETTER = "one letter (live search's first key)";
    static final String ACCENT_FREE_PREFIX = "accent-insensitive prefix";
    static final String TWO_WORDS = "first name + last name prefix";
    static final String EMAIL = "e-mail";
    static final String PHONE = "phone";
    static final String PET_NAME = "pet name prefix";
    static final String STATUS_AND_BRANCH = "status + branch filter";
    static final String FIRST_PAGE = "first page (no filter)";

    private static final List<String> STATUSES = List.of("ACTIVE", "INACTIVE", "SUSPENDED", "BANNED");

    private final List<BenchmarkClients.Generated> clients;
    private final Random random;

    BenchmarkSearches(List<BenchmarkClients.Generated> clients, long seed) {
        this.clients = clients;
        this.random = new Random(seed);
    }

    /** {@code perKind} searches of every kind, shuffled. */
    List<Map<String, Object>> mixed(int perKind) {
        Map<String, Function<BenchmarkClients.Generated, Map<String, Object>>> kinds = new LinkedHashMap<>();
        kinds.put(NAME_PREFIX, client -> query(prefix(client.lastName(), 3, 6)));
        kinds.put(FIRST_LETTER, client -> query(caseOf(client.lastName().substring(0, 1))));
        kinds.put(ACCENT_FREE_PREFIX, client -> {
            // "beliv" for "Béliveau": only names whose typed prefix has an accent to leave out.
            String typed = prefix(client.lastName(), 4, 8);
            return hasAccent(typed) ? query(caseOf(withoutAccents(typed))) : null;
        });
        kinds.put(TWO_WORDS, client -> query(client.firstName().toLowerCase(Locale.ROOT) + " "
                + prefix(client.lastName(), 3, 4)));
        kinds.put(EMAIL, client -> query(random.nextBoolean() ? client.email() : client.email().toUpperCase()));
        kinds.put(PHONE, client -> client.mobilePhone() == null ? null : query(formatted(client.mobilePhone())));
        kinds.put(PET_NAME, client -> client.petNames().isEmpty()
                ? null
                : query(caseOf(prefix(client.petNames().get(random.nextInt(client.petNames().size())), 3, 5))));
        kinds.put(STATUS_AND_BRANCH, client -> Map.of(
                "status",
                STATUSES.get(random.nextInt(STATUSES.size())),
                "branch",
                BenchmarkClients.BRANCHES.get(random.nextInt(BenchmarkClients.BRANCHES.size()))));
        kinds.put(FIRST_PAGE, client -> Map.of());
        List<Map<String, Object>> searches = new ArrayList<>();
        kinds.forEach((kind, params) -> {
            for (int made = 0; made < perKind; ) {
                Map<String, Object> query = params.apply(clients.get(random.nextInt(clients.size())));
                if (query != null) {
                    searches.add(Map.of("kind", kind, "params", query));
                    made++;
                }
            }
        });
        Collections.shuffle(searches, random);
        return searches;
    }

    private static Map<String, Object> query(String q) {
        return Map.of("q", q);
    }

    private String prefix(String word, int min, int max) {
        int length = Math.min(word.length(), min + random.nextInt(max - min + 1));
        return word.substring(0, length);
    }

    private String caseOf(String text) {
        return random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text.toUpperCase(Locale.ROOT);
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A stored E.164 number as staff type it: "(514) 200-0123", "514-200-0123", "+1 514 200 0123"… */
    private String formatted(String e164) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String line = e164.substring(8);
        return switch (random.nextInt(6)) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "-" + exchange + "-" + line;
            case 2 -> area + "." + exchange + "." + line;
            case 3 -> "1 " + area + " " + exchange + " " + line;
            case 4 -> "+1 " + area + " " + exchange + " " + line;
            default -> area + exchange + line;
        };
    }

    private static boolean hasAccent(String text) {
        return !BlindIndex.normalise(text).equals(text.toLowerCase(Locale.ROOT));
    }
}

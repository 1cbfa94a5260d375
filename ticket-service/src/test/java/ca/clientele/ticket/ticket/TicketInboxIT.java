package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.platform.testing.TestJwts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The client's list and the staff inbox: filters, sort, counts per status, pages and the keyed search. */
@TicketIntegrationTest
class TicketInboxIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldEncryptor encryptor;

    @Autowired
    TicketSearchIndex index;

    @Autowired
    TicketLabels labels;

    @Autowired
    StaffDirectory staffDirectory;

    TicketApi api;
    UUID clientId;
    String client;
    String staff;
    String first;
    String second;
    String third;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        clientId = UUID.randomUUID();
        client = jwts.client(clientId, null, "Hélène", "Bélanger");
        staff = jwts.staff(UUID.randomUUID());
        first = api.open(client, clientId, "Café renversé sur le tapis", "Le chat a tout renversé.")
                .get("id")
                .asString();
        second = api.open(client, clientId, "Griffes trop longues", "Minou griffe le divan en cuir.")
                .get("id")
                .asString();
        third = api.open(client, clientId, "Visite à domicile", "Quand passez-vous?")
                .get("id")
                .asString();
        api.reply(staff, second, "Nous passerons mardi.");
        api.reply(client, first, "Une précision.");
    }

    @Test
    void theClientsListIsNewestUpdatedFirstWithCountsPerStatus() {
        JsonNode page = api.list(client, "clientId=" + clientId);
        assertThat(TicketApi.ids(page)).containsExactly(first, second, third);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("counts").get("WAITING_ON_STAFF").asLong()).isEqualTo(2);
        assertThat(page.get("counts").get("WAITING_ON_CLIENT").asLong()).isEqualTo(1);
        assertThat(page.get("counts").get("CLOSED").asLong()).isZero();
        JsonNode line = page.get("content").get(1);
        assertThat(line.get("statusLabel").asString()).isEqualTo("En attente de la réponse du client");
        assertThat(line.get("subject").asString()).isEqualTo("Griffes trop longues");
        assertThat(line.get("categoryLabel").asString()).isEqualTo("Général");
        assertThat(line.get("clientName").asString()).isEqualTo("Hélène Bélanger");

        JsonNode waiting = api.list(client, "clientId=" + clientId + "&status=WAITING_ON_STAFF");
        assertThat(TicketApi.ids(waiting)).containsExactly(first, third);
        assertThat(waiting.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(waiting.get("counts").get("WAITING_ON_CLIENT").asLong())
                .as("counts ignore the status filter")
                .isEqualTo(1);

        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&sort=created&direction=asc")))
                .containsExactly(first, second, third);
        JsonNode byNumber = api.list(client, "clientId=" + clientId + "&sort=number");
        assertThat(byNumber.get("content").get(0).get("number").asInt())
                .isGreaterThan(byNumber.get("content").get(2).get("number").asInt());

        JsonNode paged = api.list(client, "clientId=" + clientId + "&size=2&page=1");
        assertThat(TicketApi.ids(paged)).containsExactly(third);
        assertThat(paged.get("page").get("totalPages").asInt()).isEqualTo(2);

        assertThat(api.http
                        .get("/api/tickets?clientId=" + clientId + "&size=101", client)
                        .status())
                .isEqualTo(400);
        assertThat(api.http
                        .get("/api/tickets?clientId=" + clientId + "&sort=subject", client)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aSearchMatchingMoreThanTheBoundIsNotCountedButStillPaged() {
        for (int n = 0; n < 3; n++) {
            api.open(client, clientId, "Toilettage " + n, "Bain et coupe.");
        }
        var criteria = search(clientId, "toilettage");
        TicketInbox bounded = new TicketInbox(jdbc, encryptor, index, labels, staffDirectory, 2, 1);

        TicketPage first = bounded.list(criteria, 0, 2, Locale.CANADA_FRENCH);
        assertThat(first.capped()).isTrue();
        assertThat(first.counts()).as("not counted past the bound").isEmpty();
        assertThat(first.content()).hasSize(2);
        assertThat(first.page().totalElements()).as("the bound, a lower bound").isEqualTo(2);
        assertThat(first.page().totalPages()).as("a next page exists").isEqualTo(2);
        TicketPage last = bounded.list(criteria, 1, 2, Locale.CANADA_FRENCH);
        assertThat(last.content()).hasSize(1);
        assertThat(last.page().totalPages()).as("no page after this one").isEqualTo(2);

        TicketPage counted = new TicketInbox(jdbc, encryptor, index, labels, staffDirectory, 2_000, 5_000)
                .list(criteria, 0, 2, Locale.CANADA_FRENCH);
        assertThat(counted.capped()).isFalse();
        assertThat(counted.counts().get(TicketStatus.WAITING_ON_STAFF)).isEqualTo(3);
        assertThat(counted.page().totalElements()).isEqualTo(3);
        assertThat(api.list(staff, "clientId=" + clientId + "&q=toilettage")
                        .get("capped")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theTicketsHavingEveryWordAreFoundNewestFirstInChunksOrPastTheBoundWalkingTheList() {
        List<String> both = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            both.add(api.open(client, clientId, "Toilettage " + n, "Bain et coupe.")
                    .get("id")
                    .asString());
            api.open(client, clientId, "Toilettage seul " + n, "Coupe.");
            api.open(client, clientId, "Bain seul " + n, "Coupe.");
        }
        var criteria = search(clientId, "bain toilettage");
        String[] newestFirst = both.reversed().toArray(String[]::new);

        TicketPage walked = new TicketInbox(jdbc, encryptor, index, labels, staffDirectory, 2, 1)
                .list(criteria, 0, 10, Locale.CANADA_FRENCH);
        assertThat(walked.capped())
                .as("three tickets have both words, found one by one past a bound of two")
                .isTrue();
        assertThat(ids(walked))
                .as("only the tickets with both words, the last updated first")
                .containsExactly(newestFirst);

        // Six tickets per word: read four at a time, the other word checked by an index scan over each chunk's ids.
        TicketPage chunked = new TicketInbox(jdbc, encryptor, index, labels, staffDirectory, 2_000, 4)
                .list(criteria, 0, 10, Locale.CANADA_FRENCH);
        // Each word whole in its first chunk: the other word checked in memory.
        TicketPage whole = new TicketInbox(jdbc, encryptor, index, labels, staffDirectory, 2_000, 5_000)
                .list(criteria, 0, 10, Locale.CANADA_FRENCH);
        for (TicketPage counted : List.of(chunked, whole)) {
            assertThat(counted.capped())
                    .as("every match read, fewer than the bound: counted")
                    .isFalse();
            assertThat(counted.counts().get(TicketStatus.WAITING_ON_STAFF)).isEqualTo(3);
            assertThat(ids(counted)).containsExactly(newestFirst);
        }
    }

    private static List<String> ids(TicketPage page) {
        return page.content().stream().map(summary -> summary.id().toString()).toList();
    }

    @Test
    void aCountedSearchIsSortedFilteredByStatusAndPagedLikeTheInbox() {
        // "le" is too short to search; "renverse"/"griffe"/"passez" are in one ticket each; the client's name in all.
        String all = "clientId=" + clientId + "&q=helene";
        assertThat(TicketApi.ids(api.list(staff, all)))
                .as("updated, newest first")
                .containsExactly(first, second, third);
        assertThat(TicketApi.ids(api.list(staff, all + "&sort=created&direction=asc")))
                .containsExactly(first, second, third);
        assertThat(TicketApi.ids(api.list(staff, all + "&sort=created&direction=desc")))
                .containsExactly(third, second, first);
        JsonNode waiting = api.list(staff, all + "&status=WAITING_ON_STAFF&sort=number&direction=asc");
        assertThat(TicketApi.ids(waiting)).containsExactlyInAnyOrder(first, third);
        assertThat(waiting.get("content").get(0).get("number").asInt())
                .isLessThan(waiting.get("content").get(1).get("number").asInt());
        assertThat(waiting.get("counts").get("WAITING_ON_STAFF").asLong()).isEqualTo(2);
        assertThat(waiting.get("counts").get("WAITING_ON_CLIENT").asLong())
                .as("counts ignore the status filter")
                .isEqualTo(1);
        assertThat(waiting.get("page").get("totalElements").asLong()).isEqualTo(2);
        JsonNode secondPage = api.list(staff, all + "&sort=created&direction=asc&size=2&page=1");
        assertThat(TicketApi.ids(secondPage)).containsExactly(third);
        assertThat(secondPage.get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(secondPage.get("content").get(0).get("subject").asString()).isEqualTo("Visite à domicile");
    }

    @Test
    void searchMatchesEveryWordAsAPrefixIgnoringAccentsAndCase() {
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=cafe")))
                .containsExactly(first);
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=RENVERS%20tapis")))
                .containsExactly(first);
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=divan")))
                .containsExactly(second);
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=mardi")))
                .containsExactly(second);
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=cafe%20divan")))
                .isEmpty();
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=le")))
                .isEmpty();

        String number = String.valueOf(api.get(client, third).get("number").asInt());
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=%23" + number)))
                .containsExactly(third);

        api.note(staff, third, "Zébrures suspectes sur le plancher.");
        assertThat(TicketApi.ids(api.list(client, "clientId=" + clientId + "&q=zebrures")))
                .as("a client's search never reaches internal notes")
                .isEmpty();
        assertThat(TicketApi.ids(api.list(staff, "q=zebrures%20suspectes&clientId=" + clientId)))
                .containsExactly(third);
        // Across every client (each test's set-up opens the same tickets for another Hélène Bélanger).
        assertThat(TicketApi.ids(api.list(staff, "q=helene%20belanger%20cafe")))
                .contains(first)
                .doesNotContain(second, third);
    }

    @Test
    void aRareWordNextToACommonOneAndTwoWordsAsCommonFindTheSameTickets() {
        // "moustache" in 10 tickets of this client, "oreille" in 9 of them, "perruche" in one: the rare word is then
        // probed against the common one, the two common words intersected (TicketInbox.READS_PER_PROBE).
        String word = "moustache" + clientId.toString().substring(0, 4);
        List<String> common = new ArrayList<>();
        String rare = null;
        for (int n = 0; n < 10; n++) {
            String body = word + (n < 9 ? " oreille" : "") + (n == 4 ? " perruche" : "");
            String id =
                    api.open(client, clientId, "Question " + n, body).get("id").asString();
            common.add(id);
            rare = n == 4 ? id : rare;
        }
        String base = "clientId=" + clientId + "&size=50&q=";

        assertThat(TicketApi.ids(api.list(staff, base + "perruche%20" + word))).containsExactly(rare);
        assertThat(TicketApi.ids(api.list(client, base + word + "%20perruche"))).containsExactly(rare);
        assertThat(TicketApi.ids(api.list(staff, base + word + "%20oreille")))
                .containsExactlyInAnyOrderElementsOf(common.subList(0, 9));
        assertThat(TicketApi.ids(api.list(client, base + "oreille%20" + word + "%20perruche")))
                .containsExactly(rare);
    }

    @Test
    void staffFilterByTypeChannelCategoryAssigneeAndDate() {
        String call =
                api.call(staff, clientId, "REQUEST", "2026-12-28").get("id").asString();
        String base = "clientId=" + clientId;
        assertThat(TicketApi.ids(api.list(staff, base + "&type=REQUEST"))).containsExactly(call);
        assertThat(TicketApi.ids(api.list(staff, base + "&channel=PHONE"))).containsExactly(call);
        assertThat(TicketApi.ids(api.list(staff, base + "&channel=PORTAL"))).containsExactly(first, second, third);
        assertThat(TicketApi.ids(api.list(client, base + "&type=REQUEST")))
                .as("staff-only filters are ignored for a client")
                .containsExactly(first, second, third);
        assertThat(TicketApi.ids(api.list(staff, base + "&category=" + TicketApi.GENERAL)))
                .hasSize(4);
        assertThat(TicketApi.ids(api.list(staff, base + "&category=6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002")))
                .isEmpty();
        assertThat(TicketApi.ids(api.list(staff, base + "&assignee=none"))).hasSize(4);

        LocalDate today = LocalDate.now(ZoneId.of("America/Montreal"));
        assertThat(TicketApi.ids(api.list(staff, base + "&from=" + today + "&to=" + today)))
                .hasSize(4);
        assertThat(TicketApi.ids(api.list(staff, base + "&to=" + today.minusDays(1))))
                .isEmpty();
        assertThat(TicketApi.ids(api.list(staff, base + "&from=" + today.plusDays(1))))
                .isEmpty();
    }

    /** A staff search among one client's tickets, newest first. */
    private static TicketInbox.Criteria search(UUID clientId, String query) {
        return new TicketInbox.Criteria(
                false,
                clientId,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                query,
                TicketInbox.Sort.UPDATED,
                false);
    }
}

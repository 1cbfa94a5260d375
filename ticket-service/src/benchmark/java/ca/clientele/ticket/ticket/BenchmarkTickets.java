package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * 100,000 tickets as ticket-service itself stores them: subjects, bodies and names encrypted per cell by the service's
 * {@link FieldEncryptor}, search tokens made by its {@link TicketSearchIndex}, written by JDBC batches (the API would
 * take far longer for the same rows). One client holds 500 of them (the client's list); the others belong to 20,000
 * clients. Drawn from a fixed seed, so every run reads the same database.
 */
final class BenchmarkTickets {

    static final List<String> FIRST_NAMES = List.of(
            "Amélie", "Élise", "Hélène", "Jérôme", "François", "Gaëlle", "Noémie", "Zoé", "Léa", "Chloé", "Émile",
            "Raphaël", "Benoît", "Stéphane", "Julien", "Julie", "Marc", "Sophie", "Nathalie", "Isabelle");
    static final List<String> LAST_NAMES = List.of(
            "Béliveau", "Bérubé", "Côté", "Gagné", "Lévesque", "Bélanger", "Pelletier", "Gagnon", "Roy", "Tremblay",
            "Gauthier", "Ouellet", "Fortin", "Lavoie", "Morin", "Bouchard", "Gosselin", "Caron", "Dubé", "Poirier",
            "Thériault", "Ménard", "Séguin", "Lépine", "Bédard", "Hébert", "Paré", "Bégin", "Boucher", "Cloutier");
    static final List<String> SUBJECT_WORDS = List.of(
            "griffes", "taille", "rendez-vous", "visite", "domicile", "annulation", "facture", "paiement", "chat",
            "chien", "lapin", "vaccin", "rage", "horaire", "question", "changement", "adresse", "retard", "remboursement",
            "succursale", "technicienne", "soins", "patte", "saignement", "anxiété", "muselière", "toilettage");
    static final List<String> BODY_WORDS = List.of(
            "bonjour", "merci", "pourriez", "vous", "mon", "chat", "chien", "griffes", "trop", "longues", "semaine",
            "prochaine", "mardi", "jeudi", "matin", "après-midi", "disponible", "domicile", "visite", "rappeler",
            "confirmer", "rendez-vous", "facture", "payer", "carte", "annuler", "reporter", "nerveux", "patte", "arrière",
            "saigne", "légèrement", "coupe", "précédente", "parfait", "bonne", "journée", "cordialement", "besoin",
            "vaccin", "preuve", "jointe", "adresse", "stationnement", "sonnette", "porte", "arrière-cour", "merci!");
    static final List<UUID> CATEGORIES = List.of(
            UUID.fromString("6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0001"),
            UUID.fromString("6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002"));
    static final List<UUID> BRANCHES =
            IntStream.rangeClosed(1, 5).mapToObj(n -> UUID.nameUUIDFromBytes(("branch-" + n).getBytes())).toList();
    static final List<UUID> STAFF =
            IntStream.rangeClosed(1, 10).mapToObj(n -> UUID.nameUUIDFromBytes(("staff-" + n).getBytes())).toList();
    static final String[] STATUSES = {"WAITING_ON_STAFF", "WAITING_ON_CLIENT", "CLOSED", "CLOSED"};
    static final String[] CALL_TYPES = {"QUESTION", "REQUEST", "COMPLAINT", "INCIDENT"};
    static final String[] CALL_CHANNELS = {"PHONE", "IN_PERSON", "EMAIL"};

    /** What a benchmark request may look for, kept in clear on the load side only. */
    record Loaded(UUID busyClient, String busyClientFirstName, String busyClientLastName, List<Generated> tickets) {}

    record Generated(UUID clientId, int number, String lastName, String subjectWord, String bodyWord) {}

    private static final String INSERT_TICKET = "insert into ticket (id, number, client_id, client_name, subject,"
            + " category_id, type, channel, status, visible_to_client, assignee_id, branch_id, beneficiaries,"
            + " duration_minutes, opened_by, created_at, updated_at, closed_at, waiting_since, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_MESSAGE = "insert into ticket_message (id, ticket_id, author_id, author_name,"
            + " author_role, internal, body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STAFF =
            "insert into ticket_staff (id, name, seen_at, version) values (?, ?, now(), 0) on conflict do nothing";

    private final DataSource dataSource;
    private final FieldEncryptor encryptor;
    private final TicketSearchIndex index;

    BenchmarkTickets(DataSource dataSource, FieldEncryptor encryptor, TicketSearchIndex index) {
        this.dataSource = dataSource;
        this.encryptor = encryptor;
        this.index = index;
    }

    Loaded load(int count, int busyClientTickets, long seed) throws SQLException {
        Random random = new Random(seed);
        Instant now = Instant.now();
        UUID busyClient = UUID.nameUUIDFromBytes("busy-client".getBytes());
        List<UUID> clients = IntStream.range(0, 20_000)
                .mapToObj(n -> UUID.nameUUIDFromBytes(("client-" + n).getBytes()))
                .toList();
        Set<Integer> numbers = new HashSet<>();
        List<Generated> generated = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement staff = connection.prepareStatement(INSERT_STAFF)) {
                for (UUID id : STAFF) {
                    staff.setObject(1, id);
                    staff.setBytes(2, encryptor.encrypt(pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random),
                            new Cell("ticket_staff", "name", id)));
                    staff.addBatch();
                }
                staff.executeBatch();
            }
            try (PreparedStatement ticket = connection.prepareStatement(INSERT_TICKET);
                    PreparedStatement message = connection.prepareStatement(INSERT_MESSAGE);
                    PreparedStatement tokens = connection.prepareStatement(TicketSearchIndex.INSERT)) {
                for (int n = 0; n < count; n++) {
                    boolean busy = n < busyClientTickets;
                    UUID clientId = busy ? busyClient : clients.get(random.nextInt(clients.size()));
                    Random person = new Random(clientId.getLeastSignificantBits());
                    String firstName = pick(FIRST_NAMES, person);
                    String lastName = pick(LAST_NAMES, person);
                    int number;
                    do {
                        number = 10_000 + random.nextInt(9_990_000);
                    } while (!numbers.add(number));
                    UUID id = UUID.randomUUID();
                    boolean call = !busy && random.nextInt(5) == 0;
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    Instant createdAt = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                    Instant updatedAt = createdAt.plus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
                    String subject = sentence(SUBJECT_WORDS, 2 + random.nextInt(4), random);
                    int i = 0;
                    ticket.setObject(++i, id);
                    ticket.setInt(++i, number);
                    ticket.setObject(++i, clientId);
                    ticket.setBytes(++i, encryptor.encrypt(firstName + " " + lastName, new Cell("ticket", "client_name", id)));
                    ticket.setBytes(++i, encryptor.encrypt(subject, new Cell("ticket", "subject", id)));
                    ticket.setObject(++i, pick(CATEGORIES, random));
                    ticket.setString(++i, call ? CALL_TYPES[random.nextInt(CALL_TYPES.length)] : "MESSAGE");
                    ticket.setString(++i, call ? CALL_CHANNELS[random.nextInt(CALL_CHANNELS.length)] : "PORTAL");
                    ticket.setString(++i, status);
                    ticket.setBoolean(++i, !call);
                    ticket.setObject(++i, random.nextInt(3) == 0 ? null : pick(STAFF, random));
                    ticket.setObject(++i, random.nextInt(4) == 0 ? null : pick(BRANCHES, random));
                    ticket.setBytes(++i, null); // no additional beneficiaries
                    ticket.setObject(++i, call ? 5 + random.nextInt(30) : null);
                    ticket.setObject(++i, call ? pick(STAFF, random) : clientId);
                    ticket.setTimestamp(++i, Timestamp.from(createdAt));
                    ticket.setTimestamp(++i, Timestamp.from(updatedAt));
                    ticket.setTimestamp(++i, status.equals("CLOSED") ? Timestamp.from(updatedAt) : null);
                    ticket.setTimestamp(++i, status.equals("WAITING_ON_CLIENT") ? Timestamp.from(updatedAt) : null);
                    ticket.addBatch();

                    List<String> bodies = new ArrayList<>();
                    int messages = 1 + random.nextInt(4);
                    for (int m = 0; m < messages; m++) {
                        boolean fromClient = m % 2 == 0 && !call;
                        UUID messageId = UUID.randomUUID();
                        String body = sentence(BODY_WORDS, 10 + random.nextInt(30), random);
                        bodies.add(body);
                        int j = 0;
                        message.setObject(++j, messageId);
                        message.setObject(++j, id);
                        message.setObject(++j, fromClient ? clientId : pick(STAFF, random));
                        message.setBytes(++j, encryptor.encrypt(
                                fromClient ? firstName + " " + lastName : "Cynthia Lemay",
                                new Cell("ticket_message", "author_name", messageId)));
                        message.setString(++j, fromClient ? "CLIENT" : "STAFF");
                        message.setBoolean(++j, call);
                        message.setBytes(++j, encryptor.encrypt("<p>" + body + "</p>",
                                new Cell("ticket_message", "body", messageId)));
                        message.setTimestamp(++j, Timestamp.from(createdAt.plus(Duration.ofMinutes(m * 30L))));
                        message.addBatch();
                    }
                    List<String> texts = new ArrayList<>(bodies);
                    texts.add(subject);
                    texts.add(firstName + " " + lastName);
                    texts.add(Integer.toString(number));
                    tokens.setObject(1, index.tokensOf(texts.toArray(String[]::new)));
                    tokens.setObject(2, id);
                    tokens.setBoolean(3, call);
                    tokens.addBatch();
                    generated.add(new Generated(
                            clientId,
                            number,
                            lastName,
                            subject.split(" ")[0],
                            bodies.getFirst().split(" ")[random.nextInt(5)]));
                    if (n % 1000 == 999 || n == count - 1) {
                        ticket.executeBatch();
                        message.executeBatch();
                        tokens.executeBatch();
                        connection.commit();
                    }
                }
            }
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("vacuum analyze");
            }
        }
        Random busyPerson = new Random(busyClient.getLeastSignificantBits());
        return new Loaded(busyClient, pick(FIRST_NAMES, busyPerson), pick(LAST_NAMES, busyPerson), generated);
    }

    private static String sentence(List<String> words, int length, Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            text.append(w == 0 ? "" : " ").append(pick(words, random));
        }
        return text.toString();
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}

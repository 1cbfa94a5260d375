package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * 50,000 clients (and their pets) as the registry itself would store them: every personal value
 * encrypted with the service's {@link FieldEncryptor}, e-mails and phones hashed and names indexed
 * with the service's {@link BlindIndex} and {@link ClientSearchIndex}, written by JDBC batches
 * (the API would take an hour for the same rows). The data is drawn from a fixed seed, so every run
 * searches the same database.
 */
final class BenchmarkClients {

    static final List<String> FIRST_NAMES = List.of(
            "Amélie", "Élise", "Hélène", "Jérôme", "François", "Gaëlle", "Noémie", "Zoé", "Léa", "Chloé", "Émile",
            "Raphaël", "Benoît", "Stéphane", "Mathéo", "Julien", "Julie", "Marc", "Sophie", "Nathalie", "Isabelle",
            "Sylvie", "Martin", "Patrick", "Éric", "Luc", "Louis", "Olivier", "Simon", "Gabriel", "Samuel", "Thomas",
            "William", "Félix", "Charlotte", "Alice", "Florence", "Rosalie", "Béatrice", "Maëlle", "Anaïs", "Mélanie",
            "Valérie", "Karine", "Annie", "Josée", "Réjean", "Gérard", "Ginette", "Lucie", "Denis", "André", "Pierre",
            "Jean", "Michel", "Claude", "Normand", "Diane", "Francine", "Danielle");

    static final List<String> LAST_NAMES = List.of(
            "Béliveau", "Bérubé", "Côté", "Gagné", "Lévesque", "Bélanger", "Pelletier", "Gagnon", "Roy", "Tremblay",
            "Gauthier", "Ouellet", "Fortin", "Lavoie", "Morin", "Bouchard", "Gosselin", "Caron", "Dubé", "Poirier",
            "Thériault", "Ménard", "Séguin", "Lépine", "Bédard", "Hébert", "Paré", "Bégin", "Boucher", "Cloutier",
            "Demers", "Desjardins", "Girard", "Lachance", "Lefebvre", "Leblanc", "Lemieux", "Martel", "Mercier",
            "Michaud", "Nadeau", "Paquette", "Pépin", "Picard", "Proulx", "Richard", "Rousseau", "Savard", "Simard",
            "Turcotte", "Vachon", "Vézina", "Allard", "Arsenault", "Beaulieu", "Bergeron", "Bernier", "Bilodeau",
            "Blais", "Boivin", "Brassard", "Brisson", "Carrier", "Charbonneau", "Chabot", "Champagne", "Charron",
            "Dion", "Dufour", "Dumont", "Duval", "Fontaine", "Fournier", "Gaudreault", "Gingras", "Grenier",
            "Guérin", "Hamel", "Houle", "Jacques", "Labbé", "Lacroix", "Lafleur", "Lalonde", "Lambert", "Landry",
            "Langlois", "Laplante", "Laroche", "Leclerc", "Létourneau", "Marcoux", "Méthot", "Ouimet", "Perron",
            "Plante", "Poulin", "Rivard", "Sauvé", "Thibault");

    static final List<String> PET_NAMES = List.of(
            "Rex", "Moka", "Pistache", "Filou", "Caramel", "Minou", "Biscuit", "Noisette", "Chanel", "Bella", "Luna",
            "Max", "Charlie", "Coco", "Ti-Gars", "Gribouille", "Praline", "Réglisse", "Câlin", "Flocon", "Mistigri",
            "Pacha", "Princesse", "Ruby", "Simba", "Nala", "Oscar", "Milo", "Loki", "Zeus", "Tobby", "Chouquette",
            "Pépite", "Grisou", "Bijou", "Cannelle", "Muffin", "Nougat", "Olive", "Pompon", "Ricky", "Sushi", "Taco",
            "Vanille", "Wasabi", "Yuki", "Ziggy", "Églantine", "Hérisson", "Bambou");

    static final List<String> SPECIES = List.of("DOG", "DOG", "DOG", "CAT", "CAT", "CAT", "RABBIT", "BIRD", "OTHER");
    static final List<String> AREA_CODES = List.of("514", "438", "450", "819");

    /** Five branches; one client in five has no preferred branch. */
    static final List<UUID> BRANCHES = Stream.of(1, 2, 3, 4, 5)
            .map(n -> UUID.nameUUIDFromBytes(("branch-" + n).getBytes()))
            .toList();

    /** What a benchmark search may look for, kept in clear on the load side only. */
    record Generated(
            UUID id,
            String firstName,
            String lastName,
            String email,
            String mobilePhone,
            String status,
            UUID branch,
            List<String> petNames) {}

    private final DataSource dataSource;
    private final FieldEncryptor encryptor;
    private final BlindIndex blindIndex;
    private final ClientSearchIndex searchIndex;

    BenchmarkClients(
            DataSource dataSource, FieldEncryptor encryptor, BlindIndex blindIndex, ClientSearchIndex searchIndex) {
        this.dataSource = dataSource;
        this.encryptor = encryptor;
        this.blindIndex = blindIndex;
        this.searchIndex = searchIndex;
    }

    /** Writes {@code count} clients with 0 to 3 pets each (one pet in twenty archived), then analyzes the tables. */
    List<Generated> load(int count, long seed) throws SQLException {
        Random random = new Random(seed);
        Instant now = Instant.now();
        List<Generated> generated = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement client = connection.prepareStatement(INSERT_CLIENT);
                    PreparedStatement nameTokens = connection.prepareStatement(ClientSearchIndex.INSERT_NAME_TOKENS);
                    PreparedStatement pet = connection.prepareStatement(INSERT_PET);
                    PreparedStatement petTokens = connection.prepareStatement(ClientSearchIndex.INSERT_PET_TOKENS)) {
                for (int n = 0; n < count; n++) {
                    Generated one = client(n, random);
                    Instant createdAt = now.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
                    addClient(client, one, random, n, createdAt);
                    PersonName name = new PersonName(one.firstName(), one.lastName(), null);
                    nameTokens.setObject(1, one.id());
                    nameTokens.setObject(2, searchIndex.tokens(name.searchableWords()));
                    nameTokens.addBatch();
                    List<String> currentPets = new ArrayList<>();
                    for (String petName : one.petNames()) {
                        UUID petId = UUID.randomUUID();
                        boolean archived = random.nextInt(20) == 0;
                        addPet(pet, petId, one.id(), petName, archived, random, createdAt);
                        if (!archived) {
                            currentPets.add(petName);
                            petTokens.setObject(1, one.id());
                            petTokens.setObject(2, petId);
                            petTokens.setObject(3, searchIndex.tokens(ClientSearchIndex.words(petName)));
                            petTokens.addBatch();
                        }
                    }
                    generated.add(new Generated(
                            one.id(),
                            one.firstName(),
                            one.lastName(),
                            one.email(),
                            one.mobilePhone(),
                            one.status(),
                            one.branch(),
                            currentPets));
                    if (n % 1000 == 999 || n == count - 1) {
                        client.executeBatch();
                        nameTokens.executeBatch();
                        pet.executeBatch();
                        petTokens.executeBatch();
                        connection.commit();
                    }
                }
            }
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                // What autovacuum would have done on a live database: planner statistics and visibility maps.
                analyze.execute("vacuum analyze");
            }
        }
        return generated;
    }

    private Generated client(int n, Random random) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String email = BlindIndex.normalise(first + "." + last).replaceAll("[^a-z.]", "") + "." + n + "@exemple.ca";
        // Unique numbers: the client's index in the line and exchange, the area code varies.
        String mobile = random.nextInt(10) < 7
                ? "+1" + AREA_CODES.get(n % AREA_CODES.size()) + (2_000_000 + n)
                : null;
        int statusDraw = random.nextInt(100);
        String status = statusDraw < 88
                ? "ACTIVE"
                : statusDraw < 94 ? "INACTIVE" : statusDraw < 98 ? "SUSPENDED" : "BANNED";
        UUID branch = random.nextInt(5) == 0 ? null : BRANCHES.get(random.nextInt(BRANCHES.size()));
        int petDraw = random.nextInt(10);
        int pets = petDraw < 3 ? 0 : petDraw < 7 ? 1 : petDraw < 9 ? 2 : 3;
        List<String> petNames = new ArrayList<>();
        for (int p = 0; p < pets; p++) {
            petNames.add(PET_NAMES.get(random.nextInt(PET_NAMES.size())));
        }
        return new Generated(UUID.randomUUID(), first, last, email, mobile, status, branch, petNames);
    }

    private static final String INSERT_CLIENT = "insert into client (id, first_name, last_name, display_name, email,"
            + " email_hash, mobile_phone, mobile_phone_hash, home_phone, home_phone_hash, bio, status,"
            + " registration_channel, created_at, updated_at, preferred_branch_id) values"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void addClient(PreparedStatement insert, Generated client, Random random, int n, Instant createdAt)
            throws SQLException {
        String homePhone = random.nextInt(5) == 0 ? "+1819" + (3_000_000 + n) : null;
        String bio = random.nextInt(3) == 0 ? "J'ai " + client.petNames().size() + " animaux, dont " + n : null;
        insert.setObject(1, client.id());
        insert.setBytes(2, encryptor.encrypt(client.firstName(), clientCell("first_name", client)));
        insert.setBytes(3, encryptor.encrypt(client.lastName(), clientCell("last_name", client)));
        insert.setBytes(4, encryptor.encrypt(client.firstName() + " " + client.lastName(), clientCell("display_name", client)));
        insert.setBytes(5, encryptor.encrypt(client.email(), clientCell("email", client)));
        insert.setString(6, blindIndex.of(client.email()));
        insert.setBytes(7, encryptor.encrypt(client.mobilePhone(), clientCell("mobile_phone", client)));
        insert.setString(8, blindIndex.of(client.mobilePhone()));
        insert.setBytes(9, encryptor.encrypt(homePhone, clientCell("home_phone", client)));
        insert.setString(10, blindIndex.of(homePhone));
        insert.setBytes(11, encryptor.encrypt(bio, clientCell("bio", client)));
        insert.setString(12, client.status());
        insert.setString(13, random.nextBoolean() ? "PORTAL" : "STAFF");
        insert.setTimestamp(14, Timestamp.from(createdAt));
        insert.setTimestamp(15, Timestamp.from(createdAt));
        insert.setObject(16, client.branch());
        insert.addBatch();
    }

    private static Cell clientCell(String column, Generated client) {
        return new Cell("client", column, client.id());
    }

    private static final String INSERT_PET = "insert into pet (id, client_id, name, species, breed, sex, birth_date,"
            + " weight_kg, neutered, veterinarian_name, medical_notes, archived, created_at, updated_at) values"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void addPet(
            PreparedStatement insert,
            UUID petId,
            UUID clientId,
            String name,
            boolean archived,
            Random random,
            Instant createdAt)
            throws SQLException {
        insert.setObject(1, petId);
        insert.setObject(2, clientId);
        insert.setBytes(3, encryptor.encrypt(name, new Cell("pet", "name", petId)));
        insert.setString(4, SPECIES.get(random.nextInt(SPECIES.size())));
        insert.setBytes(5, encryptor.encrypt(random.nextBoolean() ? "Croisé" : null, new Cell("pet", "breed", petId)));
        insert.setString(6, random.nextBoolean() ? "MALE" : "FEMALE");
        insert.setObject(7, LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        insert.setBigDecimal(8, BigDecimal.valueOf(5 + random.nextInt(400), 1));
        insert.setBoolean(9, random.nextBoolean());
        insert.setBytes(10, encryptor.encrypt(
                random.nextInt(3) == 0 ? "Clinique vétérinaire du quartier" : null,
                new Cell("pet", "veterinarian_name", petId)));
        insert.setBytes(11, encryptor.encrypt(
                random.nextInt(4) == 0 ? "Allergie au poulet" : null, new Cell("pet", "medical_notes", petId)));
        insert.setBoolean(12, archived);
        insert.setTimestamp(13, Timestamp.from(createdAt));
        insert.setTimestamp(14, Timestamp.from(createdAt));
        insert.addBatch();
    }
}

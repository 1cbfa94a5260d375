package ca.clientele.document.file;

import static ca.clientele.document.file.FilesApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Photos lose their metadata and get a thumbnail; files announce themselves on Kafka as documented. */
@ServiceIntegrationTest
class ImagesAndEventsIT {

    // "Montréal" in the GPS IFD's area information, to find it in bytes.
    private static final String PLACE = "GPS Montreal 45.5017N 73.5673W";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    FilesApi files;
    DocumentEvents events;
    UUID alice;

    @BeforeEach
    void setUp() {
        files = new FilesApi(port);
        events = new DocumentEvents(broker);
        alice = UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aProfilePhotoLosesItsExifGpsGetsAThumbnailAndIsAnnounced() throws Exception {
        byte[] original = withExifGps(jpeg(1000, 500));
        assertThat(contains(original, PLACE.getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(contains(original, "Exif\0\0".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(original)))
                .as("a valid JPEG")
                .isNotNull();

        FilesApi.Answer created =
                files.upload(client(alice), fields("clientId", alice, "purpose", "PROFILE_PHOTO"), "moi.jpg", original);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode view = created.json();
        String id = view.get("id").asString();
        assertThat(view.get("image").asBoolean()).isTrue();
        assertThat(view.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(view.get("purposeLabel").asString()).isEqualTo("Photo de profil");

        byte[] stored =
                files.get("/api/documents/" + id + "/content", client(alice)).body();
        assertThat(contains(stored, PLACE.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(contains(stored, new byte[] {(byte) 0xFF, (byte) 0xE1}))
                .as("no APP1 segment")
                .isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(view.get("sha256").asString()).isEqualTo(FileUploadIT.sha256(stored));
        assertThat(view.get("size").asLong()).isEqualTo(stored.length);

        FilesApi.Answer thumbnail = files.get("/api/documents/" + id + "/thumbnail", client(alice));
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(small.getWidth()).isEqualTo(256);
        assertThat(small.getHeight()).isEqualTo(128);

        JsonNode event = events.first(alice, "profile-photo-changed");
        assertThat(event.get("documentId").asString()).isEqualTo(id);
        assertThat(event.get("clientId").asString()).isEqualTo(alice.toString());
        // A photo is not a document: it is listed only when asked for.
        assertThat(FileUploadIT.ids(files.api
                        .get("/api/documents?clientId=" + alice, client(alice))
                        .json()))
                .isEmpty();
        assertThat(FileUploadIT.ids(files.api
                        .get("/api/documents?clientId=" + alice + "&purpose=PROFILE_PHOTO", client(alice))
                        .json()))
                .containsExactly(id);
    }

    @Test
    void aReportCardPhotoIsAnImageTheClientCanReadButNotOneOfTheirDocuments() throws Exception {
        FilesApi.Answer photo = files.upload(
                staff(),
                fields("clientId", alice, "purpose", "REPORT_CARD_PHOTO", "visibility", "CLIENT_VISIBLE"),
                "griffes.png",
                image("png", 64, 64));
        assertThat(photo.status()).as(photo.text()).isEqualTo(201);
        String id = photo.json().get("id").asString();
        assertThat(files.get("/api/documents/" + id + "/content", client(alice)).status())
                .isEqualTo(200);
        // Shown with its appointment, not in "Mes documents".
        assertThat(FileUploadIT.ids(files.api
                        .get("/api/documents?clientId=" + alice, client(alice))
                        .json()))
                .isEmpty();

        FilesApi.Answer text = files.upload(
                staff(), fields("clientId", alice, "purpose", "REPORT_CARD_PHOTO"), "notes.png", "x".getBytes());
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void aPetPhotoInPngAndAGifBecomePngAndThePetIsNamedInItsEvent() throws Exception {
        UUID pet = UUID.randomUUID();
        FilesApi.Answer png = files.upload(
                client(alice),
                fields("clientId", alice, "purpose", "PET_PHOTO", "petId", pet),
                "moka.png",
                image("png", 300, 600));
        assertThat(png.status()).as(png.text()).isEqualTo(201);
        assertThat(png.json().get("petId").asString()).isEqualTo(pet.toString());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(
                files.get("/api/documents/" + png.json().get("id").asString() + "/thumbnail", client(alice))
                        .body()));
        assertThat(thumbnail.getWidth()).isEqualTo(128);
        assertThat(thumbnail.getHeight()).isEqualTo(256);

        JsonNode event = events.first(alice, "pet-photo-changed");
        assertThat(event.get("petId").asString()).isEqualTo(pet.toString());
        assertThat(event.get("documentId").asString())
                .isEqualTo(png.json().get("id").asString());

        FilesApi.Answer gif = files.upload(
                client(alice),
                fields("clientId", alice, "purpose", "PET_PHOTO", "petId", pet),
                "moka.gif",
                image("gif", 40, 40));
        assertThat(gif.status()).as(gif.text()).isEqualTo(201);
        assertThat(gif.json().get("contentType").asString()).isEqualTo("image/png");
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedBeforeDecoding() throws Exception {
        byte[] png = image("png", 10, 10);
        // IHDR: width and height at bytes 16..23, its CRC at 29..32.
        ByteBuffer.wrap(png, 16, 8).order(ByteOrder.BIG_ENDIAN).putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).order(ByteOrder.BIG_ENDIAN).putInt((int) crc.getValue());

        FilesApi.Answer refused =
                files.upload(client(alice), fields("clientId", alice, "purpose", "PROFILE_PHOTO"), "bomb.png", png);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("millions de pixels");
        assertThat(jdbc.sql("select count(*) from document where client_id = ?")
                        .param(alice)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDocumentSharedByStaffAndItsDeletionAreAnnounced() {
        UUID staff = UUID.randomUUID();
        JsonNode hidden = files.upload(
                        jwts.staff(staff),
                        fields("clientId", alice, "visibility", "STAFF_ONLY"),
                        "notes.txt",
                        "notes internes".getBytes())
                .json();
        JsonNode shared = files.upload(jwts.staff(staff), fields("clientId", alice), "guide.txt", "guide".getBytes())
                .json();

        JsonNode event = events.first(alice, "document-shared");
        assertThat(event.get("documentId").asString())
                .isEqualTo(shared.get("id").asString());
        assertThat(event.get("purpose").asString()).isEqualTo("SHARED_FILE");
        assertThat(event.toString()).doesNotContain("guide");

        String hiddenId = hidden.get("id").asString();
        files.patch(
                "/api/documents/" + hiddenId, jwts.staff(staff), "{\"visibility\":\"CLIENT_VISIBLE\",\"version\":0}");
        assertThat(files.delete("/api/documents/" + hiddenId + "?version=1", jwts.staff(staff))
                        .status())
                .isEqualTo(204);
        JsonNode deleted = events.first(alice, "document-deleted");
        assertThat(deleted.get("documentId").asString()).isEqualTo(hiddenId);
        assertThat(events.types(alice)).containsExactly("document-shared", "document-shared", "document-deleted");

        // A client's own upload is not "shared with" them.
        UUID bob = UUID.randomUUID();
        files.upload(jwts.client(bob, null, null, null), fields("clientId", bob), "a.txt", "x".getBytes());
        files.upload(jwts.staff(staff), fields("clientId", bob, "visibility", "STAFF_ONLY"), "b.txt", "x".getBytes());
        String marker = files.upload(jwts.staff(staff), fields("clientId", bob), "c.txt", "x".getBytes())
                .json()
                .get("id")
                .asString();
        assertThat(events.first(bob, "document-shared").get("documentId").asString())
                .isEqualTo(marker);
        assertThat(events.types(bob)).containsExactly("document-shared");
    }

    private String client(UUID id) {
        return jwts.client(id, null, null, null);
    }

    private String staff() {
        return jwts.staff(UUID.randomUUID());
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return image("jpeg", width, height);
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(200, 120, 40));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 "Exif" segment right after its SOI: a little-endian TIFF whose IFD0 points to a GPS IFD
     * holding GPSLatitudeRef "N", GPSLatitude 45/1 30/1 6/1 and GPSAreaInformation {@link #PLACE}.
     */
    private static byte[] withExifGps(byte[] jpeg) {
        byte[] area = ("ASCII\0\0\0" + PLACE).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff =
                ByteBuffer.allocate(8 + 18 + 2 + 3 * 12 + 4 + 24 + area.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) → the GPS IFD at 26.
        tiff.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0);
        int gpsIfd = 26;
        int latitudeAt = gpsIfd + 2 + 3 * 12 + 4;
        int areaAt = latitudeAt + 24;
        tiff.putShort((short) 3);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putShort((short) 0x1C).putShort((short) 7).putInt(area.length).putInt(areaAt);
        tiff.putInt(0);
        tiff.putInt(45).putInt(1).putInt(30).putInt(1).putInt(6).putInt(1);
        tiff.put(area);
        byte[] exif = tiff.array();
        int length = 2 + 6 + exif.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * Billing's order events reach the appointment: order-placed stores the order number shown with it, order-paid
 * confirms it ("Payé / Confirmé"), a refund's status is kept; redelivered events count once.
 */
class OrderEventsIT extends AppointmentTestBase {

    @Test
    void theOrderNumberThenItsPaymentReachTheAppointment() {
        BookingFixture.World world = fixture.world();
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        JsonNode appointment = fixture.book(client, world, BookingFixture.at(3, "10:00"));
        String appointmentId = appointment.get("id").asString();
        String versionAtBooking = column(appointmentId, "version");
        UUID orderId = UUID.randomUUID();

        String placedId = UUID.randomUUID().toString();
        publish(placedId, client.id(), "order-placed", """
                {"orderId": "%s", "number": 1514, "appointmentId": "%s", "clientId": "%s", "kind": "APPOINTMENT",
                 "total": 40.24}""".formatted(orderId, appointmentId, client.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "1514".equals(column(appointmentId, "order_number")));
        JsonNode read = fixture.api
                .get("/api/bookings/" + appointmentId, client.token())
                .json();
        assertThat(read.get("orderNumber").asString()).isEqualTo("1514");
        assertThat(read.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(read.get("orderStatus").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(read.get("status").asString()).isEqualTo("UNPAID");
        assertThat(column(appointmentId, "version"))
                .as("the order number is an annotation: a form staff opened before it arrived is not stale")
                .isEqualTo(versionAtBooking);

        String paidId = UUID.randomUUID().toString();
        String paid = """
                {"orderId": "%s", "number": 1514, "appointmentId": "%s", "clientId": "%s", "total": 40.24,
                 "paidAt": "2026-12-02T10:00:00Z"}""".formatted(orderId, appointmentId, client.id());
        publish(paidId, client.id(), "order-paid", paid);
        publish(paidId, client.id(), "order-paid", paid); // redelivered
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "CONFIRMED".equals(column(appointmentId, "status")));
        assertThat(column(appointmentId, "order_status")).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?")
                        .param(paidId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        publish(UUID.randomUUID().toString(), client.id(), "order-refunded", """
                {"orderId": "%s", "number": 1514, "appointmentId": "%s", "clientId": "%s", "amount": 40.24,
                 "to": "CREDIT", "fully": true, "status": "REFUNDED"}""".formatted(
                        orderId, appointmentId, client.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "REFUNDED".equals(column(appointmentId, "order_status")));
        assertThat(column(appointmentId, "status"))
                .as("the appointment itself stays confirmed")
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aReplacedOrderGivesWayToItsReplacementAndIsThenIgnored() {
        BookingFixture.World world = fixture.world();
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        JsonNode appointment = fixture.book(client, world, BookingFixture.at(3, "11:00"));
        String appointmentId = appointment.get("id").asString();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        placed(first, 1514, appointmentId, client.id());
        // Staff changed the pets before payment: billing cancels the first order (REPLACED) and places another.
        publish(UUID.randomUUID().toString(), client.id(), "order-cancelled", """
                {"orderId": "%s", "number": 1514, "appointmentId": "%s", "clientId": "%s", "outcome": "REPLACED",
                 "amountCancelled": 40.24, "amountRefunded": 0}""".formatted(
                        first, appointmentId, client.id()));
        placed(second, 1515, appointmentId, client.id());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "1515".equals(column(appointmentId, "order_number")));
        assertThat(column(appointmentId, "order_id")).isEqualTo(second.toString());
        assertThat(column(appointmentId, "order_status")).isEqualTo("PENDING_PAYMENT");

        // A late event of the replaced order changes nothing; the replacement's payment confirms the appointment.
        String latePaid = UUID.randomUUID().toString();
        publish(latePaid, client.id(), "order-paid", """
                {"orderId": "%s", "number": 1514, "appointmentId": "%s", "clientId": "%s", "total": 40.24,
                 "paidAt": "2026-12-02T10:00:00Z"}""".formatted(first, appointmentId, client.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from processed_event where event_id = ?")
                                .param(latePaid)
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(column(appointmentId, "status")).isEqualTo("UNPAID");
        assertThat(column(appointmentId, "order_status")).isEqualTo("PENDING_PAYMENT");
        publish(UUID.randomUUID().toString(), client.id(), "order-paid", """
                {"orderId": "%s", "number": 1515, "appointmentId": "%s", "clientId": "%s", "total": 80.48,
                 "paidAt": "2026-12-02T10:05:00Z"}""".formatted(
                        second, appointmentId, client.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "CONFIRMED".equals(column(appointmentId, "status")));
        assertThat(column(appointmentId, "order_id")).isEqualTo(second.toString());
        assertThat(column(appointmentId, "order_status")).isEqualTo("PAID");
    }

    private void placed(UUID orderId, long number, String appointmentId, UUID clientId) {
        publish(UUID.randomUUID().toString(), clientId, "order-placed", """
                {"orderId": "%s", "number": %d, "appointmentId": "%s", "clientId": "%s", "kind": "APPOINTMENT",
                 "total": 40.24}""".formatted(
                        orderId, number, appointmentId, clientId));
    }

    /** The column's value, null while it is (Awaitility polls before billing's event has arrived). */
    private String column(String appointmentId, String column) {
        return jdbc.sql("select " + column + " from appointment where id = ?::uuid")
                .param(appointmentId)
                .query((row, n) -> row.getString(1))
                .list()
                .getFirst(); // not single(): it refuses a null value, and null is what the first polls read
    }

    private void publish(String eventId, UUID clientId, String type, String data) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/billing-service",
                 "type": "ca.clientele.billing.%s", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json", "data": %s}""".formatted(eventId, type, clientId, OffsetDateTime.now(), data);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    "clientele.billing.v1", clientId.toString(), json.getBytes(StandardCharsets.UTF_8)));
        }
    }
}

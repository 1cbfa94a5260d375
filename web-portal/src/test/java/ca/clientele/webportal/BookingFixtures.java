package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS_ID;

import ca.clientele.platform.portal.DisplayFormat;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The booking-service's answers as the plan's contract words them (services, branches, slots,
 * appointments, waiting list), for Services & Disponibilités. Days to come are counted from today
 * on Montreal's calendar (the portal offers no day before today); past ones are the seed's.
 */
final class BookingFixtures {

    static final String NAILS = "5e000000-0000-4000-8000-000000000001";
    static final String HOME_VISITS = "5e000000-0000-4000-8000-000000000002";
    static final String PLATEAU = "b0000000-0000-4000-8000-000000000001";
    static final String CYNTHIA = "a0000000-0000-4000-8000-000000000002";
    static final String JULIEN = "a0000000-0000-4000-8000-000000000001";
    static final String BISCUIT = "0c5d3e2a-8f41-4b7e-9d1a-5b2c7e9f0a11";
    static final String MINOU = "1d6e4f3b-9a52-4c8f-8e2b-6c3d8f0a1b22";
    static final String APPOINTMENT = "c0000000-0000-4000-8000-000000001515";
    static final String PHOTO = "d0000000-0000-4000-8000-000000000001";

    static final LocalDate TODAY = LocalDate.now(DisplayFormat.ZONE);
    /** Tomorrow: the day the tests book on. */
    static final LocalDate DAY = TODAY.plusDays(1);

    static final Instant START = at(DAY, 16, 30);
    static final Instant END = at(DAY, 16, 50);

    static final String SERVICES = """
            [{"id":"%s","code":"NAIL_TRIM","name":"Taille des griffes","description":"Griffes taillées et limées.",
              "nameFr":"Taille des griffes","nameEn":"Nail trim","descriptionFr":"Griffes taillées et limées.",
              "descriptionEn":"Nails trimmed and filed.","durationMinutes":20,"price":35.00,"taxable":true,
              "place":"IN_STORE","placeLabel":"En succursale","pricing":"PER_PET","pricingLabel":"Par animal","bufferBeforeMinutes":0,"bufferAfterMinutes":5,
              "branchIds":["%s"],"staffIds":["%s","%s"],"requiredVaccines":[],"active":true,"version":3},
             {"id":"%s","code":"HOME_VISIT","name":"Visites à domicile","description":null,"durationMinutes":30,
              "price":45.00,"taxable":true,"place":"HOME","pricing":"PER_VISIT","bufferBeforeMinutes":0,
              "bufferAfterMinutes":0,"branchIds":["%s"],"staffIds":["%s"],"requiredVaccines":["RABIES"],
              "active":true,"version":1}]
            """.formatted(NAILS, PLATEAU, CYNTHIA, JULIEN, HOME_VISITS, PLATEAU, CYNTHIA);

    static final String BRANCHES = """
            [{"id":"%s","code":"MTL-PLATEAU","name":"Plateau-Mont-Royal",
              "address":{"street":"4500, rue Saint-Denis","city":"Montréal","province":"QC","postalCode":"H2J 2L3"},
              "timezone":"America/Montreal","active":true,"hours":[],"version":0},
             {"id":"b0000000-0000-4000-8000-000000000002","code":"LAVAL","name":"Laval","address":null,
              "timezone":"America/Montreal","active":true,"version":0}]
            """.formatted(PLATEAU);

    static final String PETS = """
            [{"id":"%s","name":"Biscuit","species":"DOG","archived":false,"version":2},
             {"id":"%s","name":"Minou","species":"CAT","archived":false,"version":0}]
            """.formatted(BISCUIT, MINOU);

    /** Francis with his billing address and its coordinates (a home visit goes there). */
    static final String FRANCIS_AT_HOME = """
            {"id":"%s","firstName":"Francis","lastName":"Marceau","displayName":"Francis Marceau",
             "email":"francis.marceau@exemple.ca","status":"ACTIVE","createdAt":"2026-11-22T19:05:00Z","version":4,
             "billingAddress":{"line1":"1234, rue Fabre","line2":"app. 2","city":"Montréal","province":"QC",
                               "postalCode":"H2J 3K4","country":"CA"},
             "latitude":45.5301,"longitude":-73.5790,"preferredBranchId":"%s"}
            """.formatted(FRANCIS_ID, PLATEAU);

    private BookingFixtures() {}

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(DisplayFormat.ZONE).toInstant();
    }

    /** A day of free 20-minute slots: Cynthia at 16:30 and Julien at 17:00 on {@code day}. */
    static String slots(LocalDate day) {
        return """
                [{"date":"%s","minutes":20,"staff":[
                   {"staffId":"%s","staffName":"Cynthia Lemay","starts":["%s"]},
                   {"staffId":"%s","staffName":"Julien Béliveau","starts":["%s"]}]}]
                """.formatted(day, CYNTHIA, at(day, 16, 30), JULIEN, at(day, 17, 0));
    }

    /** An appointment of Francis's (Biscuit's nail trim with Cynthia); fields the portal does not read included. */
    static String appointment(
            String id, String number, Instant start, Instant end, String status, String label, boolean canChange) {
        return """
                {"id":"%s","number":%s,"clientId":"%s","clientName":"Francis Marceau","serviceId":"%s",
                 "serviceName":"Taille des griffes","place":"IN_STORE","branchId":"%s","branchName":"Plateau-Mont-Royal",
                 "staffId":"%s","staffName":"Cynthia Lemay","start":"%s","end":"%s","petIds":["%s"],"petNames":["Biscuit"],
                 "lines":[{"description":"Taille des griffes — Biscuit","quantity":1,"unitPrice":35.00,"amount":35.00,"taxable":true}],
                 "status":"%s","statusLabel":"%s","orderId":null,"orderNumber":%s,"orderStatus":null,"location":null,
                 "notes":null,"seriesId":null,"cancelledAt":null,"cancelledBy":null,"cancelReason":null,
                 "canCancel":%s,"canMove":%s,"reportCards":[],"version":7}
                """.formatted(
                        id,
                        number,
                        FRANCIS_ID,
                        NAILS,
                        PLATEAU,
                        CYNTHIA,
                        start,
                        end,
                        BISCUIT,
                        status,
                        label,
                        "1515".equals(number) ? "\"1514\"" : "null",
                        canChange,
                        canChange);
    }

    /** The appointment of the tests, tomorrow 16:30, "Non payé", which Francis may still change. */
    static String upcoming() {
        return appointment(APPOINTMENT, "1515", START, END, "UNPAID", "Non payé", true);
    }

    static String appointmentPage(int number, int totalPages, long total, String... appointments) {
        return """
                {"content":[%s],"page":{"number":%d,"size":10,"totalElements":%d,"totalPages":%d}}
                """.formatted(String.join(",", appointments), number, total, totalPages);
    }

    /** The seed's first two lines of "Réservations passées", page 1 of 2. */
    static String pastPage() {
        return appointmentPage(
                0,
                2,
                12,
                appointment(
                        APPOINTMENT,
                        "1515",
                        Instant.parse("2026-04-20T20:30:00Z"),
                        Instant.parse("2026-04-20T20:50:00Z"),
                        "UNPAID",
                        "Non payé",
                        false),
                appointment(
                        "c0000000-0000-4000-8000-000000001275",
                        "1275",
                        Instant.parse("2026-03-30T20:30:00Z"),
                        Instant.parse("2026-03-30T20:50:00Z"),
                        "CANCELLED",
                        "Annulé",
                        false));
    }

    static final String WAITLIST = """
            [{"id":"e0000000-0000-4000-8000-000000000001","clientId":"%s","serviceId":"%s","branchId":"%s",
              "petIds":["%s"],"earliest":"%s","latest":"%s","position":2,"status":"WAITING"}]
            """.formatted(FRANCIS_ID, NAILS, PLATEAU, BISCUIT, TODAY, DAY.plusDays(6));

    /** The query string of a call, decoded: each name with its values in order. */
    static Map<String, List<String>> query(RegistryStub.Received call) {
        if (call.query() == null) {
            return Map.of();
        }
        return Arrays.stream(call.query().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(
                                pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                                Collectors.toList())));
    }

    /** The calls to {@code path}, oldest first. */
    static List<RegistryStub.Received> calls(String method, String path) {
        return RegistryStub.INSTANCE.received().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .toList();
    }
}

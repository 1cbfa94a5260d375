package ca.clientele.adminportal;

/**
 * booking-service's answers as the ISSUE10 plan describes them (labels in French): the Plateau
 * branch (America/Toronto) with its hours, Cynthia and Julien, the nail trim and the home visits,
 * and Francis's nail trim of Thursday 3 December 2026 at 9 h 10 with Cynthia (14:10 UTC).
 */
final class BookingFixtures {

    static final String CYNTHIA = "a0000000-0000-4000-8000-000000000002";
    static final String JULIEN = "a0000000-0000-4000-8000-000000000001";
    static final String NAIL_TRIM = "5e000000-0000-4000-8000-000000000001";
    static final String HOME_VISITS = "5e000000-0000-4000-8000-000000000002";
    static final String APPOINTMENT_ID = "ab000000-0000-4000-8000-000000000001";
    static final String APPOINTMENT = "/api/bookings/" + APPOINTMENT_ID;
    static final String TIME_OFF_ID = "70000000-0000-4000-8000-000000000001";
    static final String CLOSURE_ID = "c1000000-0000-4000-8000-0000000000c1";
    static final String PHOTO_ID = "d0c00000-0000-4000-8000-000000000001";

    private static final String WEEKDAYS = """
            {"dayOfWeek":"MONDAY","opens":"09:00","closes":"17:00"},
            {"dayOfWeek":"TUESDAY","opens":"09:00","closes":"17:00"},
            {"dayOfWeek":"WEDNESDAY","opens":"09:00","closes":"17:00"},
            {"dayOfWeek":"THURSDAY","opens":"09:00","closes":"17:00"},
            {"dayOfWeek":"FRIDAY","opens":"09:00","closes":"17:00"},
            {"dayOfWeek":"SATURDAY","opens":"10:00","closes":"16:00"}""";

    static final String BRANCH = """
            {"id":"b1000000-0000-4000-8000-000000000001","code":"MTL","name":"Montréal — Plateau",
             "address":{"street":"1 rue Rachel","city":"Montréal","province":"QC","postalCode":"H2J 2J1"},
             "timezone":"America/Toronto","active":true,"hours":[%s],"version":4}""".formatted(WEEKDAYS);

    static final String BRANCHES = """
            [%s,
             {"id":"b3000000-0000-4000-8000-000000000003","code":"LVL","name":"Laval",
              "timezone":"America/Toronto","active":false,"hours":[],"version":2}]""".formatted(BRANCH);

    static final String CYNTHIA_STAFF = """
            {"id":"a0000000-0000-4000-8000-000000000002","name":"Cynthia Lemay","email":"cynthia@clientele.test",
             "active":true,"serviceIds":["5e000000-0000-4000-8000-000000000001","5e000000-0000-4000-8000-000000000002"],
             "hours":[{"branchId":"b1000000-0000-4000-8000-000000000001","dayOfWeek":"THURSDAY","starts":"09:00","ends":"17:00"},
                      {"branchId":"b1000000-0000-4000-8000-000000000001","dayOfWeek":"FRIDAY","starts":"09:00","ends":"17:00"}],
             "homeArea":{"baseLatitude":45.5262,"baseLongitude":-73.5830,"radiusKm":null,"postalPrefixes":["H2J","H2T"]},
             "version":3}""";

    static final String JULIEN_STAFF = """
            {"id":"a0000000-0000-4000-8000-000000000001","name":"Julien Béliveau","email":"julien@clientele.test",
             "active":true,"serviceIds":["5e000000-0000-4000-8000-000000000001"],
             "hours":[{"branchId":"b1000000-0000-4000-8000-000000000001","dayOfWeek":"THURSDAY","starts":"12:00","ends":"17:00"}],
             "homeArea":null,"version":1}""";

    static final String STAFF = "[" + CYNTHIA_STAFF + "," + JULIEN_STAFF + "]";

    static final String NAIL_TRIM_SERVICE = """
            {"id":"5e000000-0000-4000-8000-000000000001","code":"NAIL-TRIM","name":"Taille des griffes",
             "description":"Taille et limage.","nameFr":"Taille des griffes","nameEn":"Nail trim",
             "descriptionFr":"Taille et limage.","descriptionEn":"Trim and file.","durationMinutes":20,"price":35.00,
             "taxable":true,"place":"IN_STORE","pricing":"PER_PET","bufferBeforeMinutes":0,"bufferAfterMinutes":10,
             "branchIds":["b1000000-0000-4000-8000-000000000001"],
             "staffIds":["a0000000-0000-4000-8000-000000000002","a0000000-0000-4000-8000-000000000001"],
             "requiredVaccines":[],"active":true,"version":2}""";

    static final String HOME_VISITS_SERVICE = """
            {"id":"5e000000-0000-4000-8000-000000000002","code":"HOME-VISITS","name":"Visites à domicile",
             "description":"Chez vous.","nameFr":"Visites à domicile","nameEn":"Home visits",
             "descriptionFr":"Chez vous.","descriptionEn":"At your place.","durationMinutes":30,"price":45.00,
             "taxable":true,"place":"HOME","pricing":"PER_VISIT","bufferBeforeMinutes":0,"bufferAfterMinutes":0,
             "branchIds":["b1000000-0000-4000-8000-000000000001"],"staffIds":["a0000000-0000-4000-8000-000000000002"],
             "requiredVaccines":["RABIES"],"active":true,"version":0}""";

    static final String SERVICES = "[" + NAIL_TRIM_SERVICE + "," + HOME_VISITS_SERVICE + "]";

    static final String VACCINES = """
            [{"code":"RABIES","label":"Rage"},{"code":"DHPP","label":"DHPP"},{"code":"FVRCP","label":"FVRCP"},
             {"code":"BORDETELLA","label":"Bordetella"}]""";

    /** Francis's nail trim for Moka: Thursday 3 December 2026, 9 h 10 – 9 h 30 in Montreal, with Cynthia. */
    static String appointment(String status, String statusLabel, long version) {
        return """
                {"id":"ab000000-0000-4000-8000-000000000001","number":4217,"clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
                 "clientName":"Francis Marceau","serviceId":"5e000000-0000-4000-8000-000000000001",
                 "serviceName":"Taille des griffes","place":"IN_STORE","branchId":"b1000000-0000-4000-8000-000000000001",
                 "branchName":"Montréal — Plateau","staffId":"a0000000-0000-4000-8000-000000000002","staffName":"Cynthia Lemay",
                 "start":"2026-12-03T14:10:00Z","end":"2026-12-03T14:30:00Z",
                 "petIds":["a1000000-0000-4000-8000-0000000000aa"],"petNames":["Moka"],
                 "lines":[{"description":"Taille des griffes — Moka","quantity":1,"unitPrice":35.00,"amount":35.00,"taxable":true}],
                 "status":"%s","statusLabel":"%s","orderNumber":null,"notes":"Craint le séchoir.","cancelledAt":null,
                 "cancelReason":null,"canCancel":true,"canMove":true,"reportCards":[],"version":%d}""".formatted(status, statusLabel, version);
    }

    static final String UNPAID = appointment("UNPAID", "Non payé", 1);

    static String page(String... appointments) {
        return """
                {"content":[%s],"page":{"number":0,"size":100,"totalElements":%d,"totalPages":1}}""".formatted(String.join(",", appointments), appointments.length);
    }

    static final String REPORT_CARDS = """
            [{"appointmentId":"ab000000-0000-4000-8000-000000000001","appointmentStart":"2026-12-03T14:10:00Z","petId":"a1000000-0000-4000-8000-0000000000aa",
              "petName":"Moka","done":"Griffes taillées et limées","nails":"SHORT","behaviour":"Calme",
              "notesForNextTime":"Prévoir une friandise","photoDocumentIds":["d0c00000-0000-4000-8000-000000000001"],
              "shared":true}]""";

    static final String STAFF_ACCOUNTS = """
            [{"userId":"a0000000-0000-4000-8000-000000000002","name":"Cynthia Lemay","email":"cynthia@clientele.test"},
             {"userId":"a0000000-0000-4000-8000-000000000003","name":"Maude Gagnon","email":"maude@clientele.test"}]""";

    static final String TIME_OFF = """
            [{"id":"70000000-0000-4000-8000-000000000001","starts":"2026-12-24T14:00:00Z","ends":"2026-12-26T22:00:00Z",
              "reason":"Vacances"}]""";

    static final String EXTRA_HOURS_ID = "e0000000-0000-4000-8000-000000000001";

    static final String EXTRA_HOURS = """
            [{"id":"e0000000-0000-4000-8000-000000000001","branchId":"%s","date":"2026-12-26",
              "starts":"10:00","ends":"14:00"}]""".formatted(Pages.MONTREAL_BRANCH);

    static final String CLOSURES = """
            [{"id":"c1000000-0000-4000-8000-0000000000c1","date":"2026-12-25","reason":"Noël"}]""";

    static final String SLOT_TAKEN = """
            {"type":"https://clientele.ca/problems/slot-taken","title":"Créneau pris","status":409,
             "detail":"Ce créneau vient d'être pris.",
             "freeSlots":[{"start":"2026-12-03T14:30:00Z","end":"2026-12-03T14:50:00Z",
                           "staffId":"a0000000-0000-4000-8000-000000000002","staffName":"Cynthia Lemay"},
                          {"start":"2026-12-03T16:00:00Z","end":"2026-12-03T16:20:00Z",
                           "staffId":"a0000000-0000-4000-8000-000000000001","staffName":"Julien Béliveau"}]}""";

    static final String STALE = """
            {"type":"about:blank","title":"Modification concurrente","status":409,
             "detail":"Ce rendez-vous a été modifié entre-temps. Rechargez la page."}""";

    private BookingFixtures() {}
}

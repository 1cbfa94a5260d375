package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS_ID;

/** Registry answers for the Détails du compte tests, shaped as the contract says. */
final class AccountFixtures {

    static final String PROFILE = "/api/clients/" + FRANCIS_ID + "/profile";
    static final String EMAIL = "/api/clients/" + FRANCIS_ID + "/email";
    static final String OPTIONS = "/api/clients/" + FRANCIS_ID + "/options";
    static final String CONSENTS = "/api/clients/" + FRANCIS_ID + "/consents";
    static final String PETS = "/api/clients/" + FRANCIS_ID + "/pets";

    static final String BISCUIT_ID = "0c5d3e2a-8f41-4b7e-9d1a-5b2c7e9f0a11";
    static final String PET = PETS + "/" + BISCUIT_ID;

    /** A staff-only value a buggy registry might leak: it must never reach a client's page. */
    static final String STAFF_NOTE = "NOTE-INTERNE mauvais payeur";

    /**
     * Francis's full record, version 4, with what a client must never see (notes, staff's status
     * bookkeeping) as a registry with a bug would send it.
     */
    static final String RECORD = """
            {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","firstName":"Francis","lastName":"Marceau",
             "displayName":"Francis M.","email":"francis.marceau@exemple.ca",
             "mobilePhone":"+15145550100","homePhone":null,"preferredLanguage":"fr",
             "bio":"Maître de Biscuit, une labrador gourmande.",
             "status":"ACTIVE","statusReason":null,"statusChangedAt":null,"statusChangedBy":null,
             "billingAddress":null,"shippingAddress":null,"latitude":45.5101,"longitude":-73.5673,
             "preferredBranchId":null,"discount":{"percent":10.0,"endsOn":"2027-01-31"},
             "options":{"newsletter":true,"sms":false,"twoFactor":false,"twoFactorState":"OFF"},
             "createdAt":"2026-11-22T19:05:00Z","version":4,
             "notes":"NOTE-INTERNE mauvais payeur"}
            """;

    static final String CONSENT_HISTORY = """
            [{"option":"NEWSLETTER","granted":true,"changedAt":"2026-11-22T19:05:00Z",
              "changedBy":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","channel":"PORTAL"},
             {"option":"SMS","granted":false,"changedAt":"2026-11-20T15:30:00Z",
              "changedBy":"a0d4c1e2-0000-4000-8000-000000000001","channel":"ADMIN"}]
            """;

    static final String BISCUIT = """
            {"id":"0c5d3e2a-8f41-4b7e-9d1a-5b2c7e9f0a11","name":"Biscuit","species":"DOG","breed":"Labrador",
             "sex":"FEMALE","birthDate":"2020-05-31","weightKg":28.5,"neutered":true,
             "veterinarianName":"Dre Tremblay","veterinarianPhone":"+15145550199",
             "behaviourNotes":"Craintive avec les inconnus","medicalNotes":"Allergie au poulet",
             "photoReference":"doc-4f2a","archived":false,"version":2}
            """;

    private AccountFixtures() {}

    /** The record with other values, e.g. {@code with("\"version\":4", "\"version\":5")}. */
    static String record(String... replacements) {
        String record = RECORD;
        for (int i = 0; i < replacements.length; i += 2) {
            record = record.replace(replacements[i], replacements[i + 1]);
        }
        return record;
    }

    /** What GET /compte reads: the record, the consent history, the pets and (none by default) their vaccinations. */
    static void accountPage(RegistryStub backend, String record, String pets) {
        backend.reply("GET", "/api/clients/me", 200, record);
        backend.reply("GET", CONSENTS, 200, CONSENT_HISTORY);
        backend.reply("GET", PETS, 200, pets);
        backend.replyMatching("GET", PETS + "/[^/]+/vaccinations", 200, "[]");
    }
}

package ca.clientele.adminportal;

/** The document-service's answers as the ISSUE8 contract words them (files and forms of Francis). */
final class DocumentFixtures {

    static final String CONSENT_PDF_ID = "d1000000-0000-4000-8000-0000000000d1";
    static final String VACCINES_ID = "d2000000-0000-4000-8000-0000000000d2";
    static final String SUBMISSION_PDF_ID = "d3000000-0000-4000-8000-0000000000d3";
    static final String CONSENT_FORM_ID = "f1000000-0000-4000-8000-0000000000f1";
    static final String HEALTH_FORM_ID = "f2000000-0000-4000-8000-0000000000f2";
    static final String VISIT_FORM_ID = "f3000000-0000-4000-8000-0000000000f3";
    static final String PHOTO_ID = "d4000000-0000-4000-8000-0000000000d4";

    /** Newest first: a PDF staff shared (1.2 MB), then a vaccination proof the client sent, staff only. */
    static final String DOCUMENTS = """
            {"content":[
              {"id":"d1000000-0000-4000-8000-0000000000d1","clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
               "purpose":"SHARED_FILE","purposeLabel":"Fichier partagé","name":"Consentement toilettage 2026.pdf",
               "contentType":"application/pdf","size":1258291,"sha256":"ab12","visibility":"CLIENT_VISIBLE",
               "uploadedBy":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","uploadedByStaff":true,
               "uploadedAt":"2026-11-22T19:05:00Z","image":false,"petId":null,"ticketId":null,"submissionId":null,
               "version":3},
              {"id":"d2000000-0000-4000-8000-0000000000d2","clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
               "purpose":"VACCINATION_PROOF","purposeLabel":"Preuve de vaccination","name":"vaccins-moka.jpg",
               "contentType":"image/jpeg","size":2048,"sha256":"cd34","visibility":"STAFF_ONLY",
               "uploadedBy":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","uploadedByStaff":false,
               "uploadedAt":"2026-07-01T16:30:00Z","image":true,"petId":"a1000000-0000-4000-8000-0000000000aa",
               "ticketId":null,"submissionId":null,"version":0}],
             "page":{"number":0,"size":50,"totalElements":2,"totalPages":1}}
            """;

    static final String NO_DOCUMENTS = """
            {"content":[],"page":{"number":0,"size":50,"totalElements":0,"totalPages":0}}
            """;

    /** The first document after a change: {@code replacements} in pairs. */
    static String consentPdf(String... replacements) {
        String document = DOCUMENTS.substring(DOCUMENTS.indexOf("{\"id\""), DOCUMENTS.indexOf("},\n") + 1);
        for (int i = 0; i < replacements.length; i += 2) {
            document = document.replace(replacements[i], replacements[i + 1]);
        }
        return document;
    }

    static final String SUBMISSIONS = """
            [{"id":"e1000000-0000-4000-8000-0000000000e1","formId":"f1000000-0000-4000-8000-0000000000f1",
              "formVersion":2,"title":"Consentement aux soins","status":"SUBMITTED",
              "updatedAt":"2026-11-23T14:00:00Z","submittedAt":"2026-11-23T14:00:00Z",
              "documentId":"d3000000-0000-4000-8000-0000000000d3"},
             {"id":"e2000000-0000-4000-8000-0000000000e2","formId":"f2000000-0000-4000-8000-0000000000f2",
              "formVersion":1,"title":"Questionnaire de santé","status":"DRAFT",
              "updatedAt":"2026-11-24T15:00:00Z","submittedAt":null,"documentId":null}]
            """;

    static final String TO_FILL = """
            [{"formId":"f2000000-0000-4000-8000-0000000000f2","formVersion":1,"title":"Questionnaire de santé",
              "assignedAt":"2026-11-22T19:05:00Z","draftSubmissionId":"e2000000-0000-4000-8000-0000000000e2"}]
            """;

    /** The library: published, a new draft of a published form (still assignable), a draft never published. */
    static final String FORMS = """
            [{"id":"f1000000-0000-4000-8000-0000000000f1","version":2,"status":"PUBLISHED",
              "title":"Consentement aux soins","titleFr":"Consentement aux soins","titleEn":"Care consent",
              "availableToAll":true,"publishedVersion":2,"updatedAt":"2026-11-20T15:00:00Z"},
             {"id":"f2000000-0000-4000-8000-0000000000f2","version":2,"status":"DRAFT",
              "title":"Questionnaire de santé","titleFr":"Questionnaire de santé","titleEn":"Health questionnaire",
              "availableToAll":false,"publishedVersion":1,"updatedAt":"2026-11-21T15:00:00Z"},
             {"id":"f3000000-0000-4000-8000-0000000000f3","version":1,"status":"DRAFT",
              "title":"Consignes de visite","titleFr":"Consignes de visite","titleEn":"Visit instructions",
              "availableToAll":false,"publishedVersion":null,"updatedAt":"2026-11-22T15:00:00Z"}]
            """;

    /** The consent form, version 2, published; every field type the preview draws. */
    static final String CONSENT_FORM = """
            {"id":"f1000000-0000-4000-8000-0000000000f1","version":2,"status":"PUBLISHED",
             "titleFr":"Consentement aux soins","titleEn":"Care consent",
             "descriptionFr":"À remplir avant le premier rendez-vous.","descriptionEn":"Fill in before the first appointment.",
             "fields":[
               {"key":"nom-de-l-animal","type":"SHORT_TEXT","labelFr":"Nom de l'animal","labelEn":"Pet's name",
                "helpFr":null,"helpEn":null,"required":true,"options":[]},
               {"key":"service","type":"SINGLE_CHOICE","labelFr":"Service souhaité","labelEn":"Service wanted",
                "helpFr":"Un seul choix.","helpEn":"One choice.","required":true,
                "options":[{"value":"taille-des-griffes","labelFr":"Taille des griffes","labelEn":"Nail trim"},
                           {"value":"visite","labelFr":"Visites à domicile","labelEn":"Home visits"}]},
               {"key":"accord","type":"CHECKBOX","labelFr":"J'accepte les conditions","labelEn":"I accept the terms",
                "helpFr":null,"helpEn":null,"required":true,"options":[]},
               {"key":"signature","type":"SIGNATURE","labelFr":"Signature","labelEn":"Signature",
                "helpFr":null,"helpEn":null,"required":true,"options":[]}],
             "availableToAll":true,"publishedVersion":2,"rowVersion":7}
            """;

    private DocumentFixtures() {}
}

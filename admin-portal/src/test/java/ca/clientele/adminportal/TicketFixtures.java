package ca.clientele.adminportal;

/** ticket-service's answers as the ISSUE9 plan describes them (labels already in French). */
final class TicketFixtures {

    static final String TICKET_ID = "d1000000-0000-4000-8000-000000000001";
    static final String CALL_ID = "d2000000-0000-4000-8000-000000000002";
    static final String INCIDENT_ID = "e1000000-0000-4000-8000-000000000001";
    static final String GENERAL = "c1000000-0000-4000-8000-000000000001";
    static final String NAILS = "c2000000-0000-4000-8000-000000000002";
    static final String CYNTHIA = "5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    static final String CANNED_ID = "f1000000-0000-4000-8000-000000000001";

    /** Francis's portal conversation, waiting on staff. */
    static final String SUMMARY = """
            {"id":"d1000000-0000-4000-8000-000000000001","number":78190,"status":"WAITING_ON_STAFF",
             "statusLabel":"En attente de la réponse de l'agent","subject":"Taille des griffes de Moka",
             "categoryId":"c2000000-0000-4000-8000-000000000002","categoryLabel":"Taille des griffes",
             "type":"MESSAGE","typeLabel":"Message","channel":"PORTAL","channelLabel":"Espace client",
             "clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","clientName":"Francis Marceau",
             "assigneeId":null,"assigneeName":null,"branchId":null,
             "createdAt":"2026-11-22T19:05:00Z","updatedAt":"2026-11-23T14:00:00Z","followUpOn":null,
             "visibleToClient":true}""";

    /** A phone call staff logged, closed, never shown to the client. */
    static final String CALL_SUMMARY = """
            {"id":"d2000000-0000-4000-8000-000000000002","number":40512,"status":"CLOSED","statusLabel":"Fermé",
             "subject":"Question sur une facture","categoryId":"c1000000-0000-4000-8000-000000000001",
             "categoryLabel":"Général","type":"QUESTION","typeLabel":"Question","channel":"PHONE",
             "channelLabel":"Téléphone","clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
             "clientName":"Francis Marceau","assigneeId":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
             "assigneeName":"Cynthia Lemay","branchId":null,"createdAt":"2026-11-20T15:00:00Z",
             "updatedAt":"2026-11-20T15:00:00Z","followUpOn":null,"visibleToClient":false}""";

    static final String PAGE = """
            {"content":[%s,%s],"page":{"number":0,"size":20,"totalElements":2,"totalPages":1},
             "counts":{"WAITING_ON_STAFF":1,"WAITING_ON_CLIENT":0,"CLOSED":1}}
            """.formatted(SUMMARY, CALL_SUMMARY);

    static final String EMPTY_PAGE = """
            {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0},
             "counts":{"WAITING_ON_STAFF":0,"WAITING_ON_CLIENT":0,"CLOSED":0}}
            """;

    /** The client's question, then an internal note of Cynthia's (newest first), one older message left. */
    static final String MESSAGES = """
            [{"id":"a9000000-0000-4000-8000-000000000002","authorId":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
              "authorName":"Cynthia Lemay","authorRole":"STAFF","internal":true,
              "body":"<p>Client <strong>fidèle</strong> : offrir le rabais.</p>","bcc":[],"attachments":[],
              "createdAt":"2026-11-23T14:00:00Z"},
             {"id":"a9000000-0000-4000-8000-000000000001","authorId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
              "authorName":"Francis Marceau","authorRole":"CLIENT","internal":false,
              "body":"<p>Bonjour, Moka a besoin d'une taille.</p><img src=x onerror=alert(1)><script>alert(2)</script>",
              "bcc":[],"attachments":[{"documentId":"b9000000-0000-4000-8000-000000000001","name":"moka.jpg",
              "contentType":"image/jpeg","size":120400}],"createdAt":"2026-11-22T19:05:00Z"}]""";

    static final String TICKET = SUMMARY.substring(0, SUMMARY.lastIndexOf('}')) + """
            ,"beneficiaries":["conjointe@exemple.ca"],
             "serviceOptions":[{"id":"f5000000-0000-4000-8000-000000000001","label":"Taille des griffes"}],
             "durationMinutes":null,"closedAt":null,"canReply":true,"messages":%s,"moreMessages":true,"version":4}""".formatted(MESSAGES);

    static final String OLDER = """
            {"content":[{"id":"a9000000-0000-4000-8000-000000000000","authorId":null,"authorName":"Clientèle",
              "authorRole":"SYSTEM","internal":false,"body":"<p>Billet ouvert.</p>","bcc":[],"attachments":[],
              "createdAt":"2026-11-22T19:04:00Z"}],"page":{"number":1,"size":5,"totalElements":11,"totalPages":3}}
            """;

    static final String ASSIGNEES = """
            [{"id":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","name":"Cynthia Lemay"},
             {"id":"6a2b3c4d-5e6f-4a70-8b8c-9d0e1f2a3b4c","name":"Julien Béliveau"}]""";

    static final String CATEGORIES = """
            [{"id":"c1000000-0000-4000-8000-000000000001","code":"general","label":"Général","labelFr":"Général",
              "labelEn":"General","active":true,"version":0},
             {"id":"c2000000-0000-4000-8000-000000000002","code":"taille-griffes","label":"Taille des griffes",
              "labelFr":"Taille des griffes","labelEn":"Nail trim","active":true,"version":1},
             {"id":"c3000000-0000-4000-8000-000000000003","code":"ancienne","label":"Ancienne","labelFr":"Ancienne",
              "labelEn":"Old","active":false,"version":2}]""";

    static final String CANNED = """
            [{"id":"f1000000-0000-4000-8000-000000000001","titleFr":"Rendez-vous confirmé",
              "titleEn":"Appointment confirmed","bodyFr":"<p>Votre rendez-vous est <strong>confirmé</strong>.</p>",
              "bodyEn":"<p>Your appointment is <strong>confirmed</strong>.</p>","version":3}]""";

    /** The call Francis's "Nouvel appel" logged. */
    static final String NEW_CALL = CALL_SUMMARY.substring(0, CALL_SUMMARY.lastIndexOf('}')) + """
            ,"beneficiaries":[],"serviceOptions":[],"durationMinutes":12,"closedAt":"2026-11-20T15:00:00Z",
             "canReply":true,"messages":[],"moreMessages":false,"version":0}""";

    /** An entry opened by an Incident call: serious, the Commission not notified yet. */
    static final String INCIDENT = """
            {"id":"e1000000-0000-4000-8000-000000000001","ticketId":"d2000000-0000-4000-8000-000000000002",
             "ticketNumber":40512,"clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
             "personalInformation":"Adresse courriel et téléphone","undescribableReason":null,
             "circumstances":"Courriel envoyé au mauvais client","occurredFrom":"2026-11-19","occurredTo":null,
             "learnedFrom":"2026-11-20","learnedTo":null,"personsConcerned":1,"personsApproximate":false,
             "riskSensitivity":"Faible","riskMaliciousUses":"Hameçonnage","riskConsequences":"Pourriels",
             "riskLikelihood":"Faible","seriousRisk":true,"commissionNotifiedOn":null,"personsNotifiedOn":null,
             "publicNotice":false,"publicNoticeReason":null,"measures":"Demande de suppression au destinataire",
             "overdue":true,"retainedUntil":"2031-11-20","createdAt":"2026-11-20T15:00:00Z",
             "updatedAt":"2026-11-20T15:00:00Z","version":2}""";

    static final String INCIDENTS = """
            {"content":[%s],"page":{"number":0,"size":20,"totalElements":1,"totalPages":1}}
            """.formatted(INCIDENT);

    private TicketFixtures() {}
}

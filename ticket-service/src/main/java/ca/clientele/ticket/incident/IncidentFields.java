package ca.clientele.ticket.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The register's fields in the order and wording of s. 7 of the Regulation, in French: the CSV's
 * columns and the PDF's rows, both meant for the Commission d'accès à l'information. One place, so
 * the two exports never disagree.
 */
final class IncidentFields {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final Locale FRENCH = Locale.CANADA_FRENCH;

    /** A field: its French label and its value as text, for a given date style. */
    record Field(String label, Function<IncidentView, String> value) {}

    /** How dates read: ISO in the CSV (sortable in a spreadsheet), "22 novembre 2026" in the PDF. */
    enum DateStyle {
        ISO(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        LONG(
                DateTimeFormatter.ofPattern("d MMMM uuuu", FRENCH),
                DateTimeFormatter.ofPattern("d MMMM uuuu 'à' H 'h' mm", FRENCH));

        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        DateStyle(DateTimeFormatter date, DateTimeFormatter dateTime) {
            this.date = date;
            this.dateTime = dateTime;
        }

        String date(LocalDate value) {
            return value == null ? "" : date.format(value);
        }

        String instant(Instant value) {
            return value == null ? "" : dateTime.format(value.atZone(MONTREAL));
        }
    }

    private IncidentFields() {}

    static List<Field> all(DateStyle dates) {
        return List.of(
                new Field("Demande", incident -> "#" + incident.ticketNumber()),
                new Field(
                        "Identifiant de l'inscription",
                        incident -> incident.id().toString()),
                new Field(
                        "Identifiant du client", incident -> incident.clientId().toString()),
                new Field("Renseignements personnels visés", IncidentView::personalInformation),
                new Field(
                        "Raison pour laquelle les renseignements ne peuvent être décrits",
                        IncidentView::undescribableReason),
                new Field("Circonstances de l'incident", IncidentView::circumstances),
                new Field("Incident : date ou début de la période", incident -> dates.date(incident.occurredFrom())),
                new Field("Incident : fin de la période", incident -> dates.date(incident.occurredTo())),
                new Field(
                        "Prise de connaissance : date ou début de la période",
                        incident -> dates.date(incident.learnedFrom())),
                new Field("Prise de connaissance : fin de la période", incident -> dates.date(incident.learnedTo())),
                new Field(
                        "Nombre de personnes concernées",
                        incident -> incident.personsConcerned() == null
                                ? "Inconnu"
                                : incident.personsConcerned().toString()),
                new Field("Nombre approximatif", incident -> yesNo(incident.personsApproximate())),
                new Field("Sensibilité des renseignements concernés", IncidentView::riskSensitivity),
                new Field("Utilisations malveillantes possibles", IncidentView::riskMaliciousUses),
                new Field("Conséquences appréhendées de leur utilisation", IncidentView::riskConsequences),
                new Field("Probabilité d'une utilisation à des fins préjudiciables", IncidentView::riskLikelihood),
                new Field(
                        "Risque de préjudice sérieux",
                        incident -> incident.seriousRisk() == null ? "Non évalué" : yesNo(incident.seriousRisk())),
                new Field(
                        "Avis à la Commission d'accès à l'information transmis le",
                        incident -> dates.date(incident.commissionNotifiedOn())),
                new Field(
                        "Avis aux personnes concernées transmis le",
                        incident -> dates.date(incident.personsNotifiedOn())),
                new Field("Avis public", incident -> yesNo(incident.publicNotice())),
                new Field("Motif de l'avis public", IncidentView::publicNoticeReason),
                new Field("Mesures prises pour diminuer le risque de préjudice", IncidentView::measures),
                new Field("Avis en retard", incident -> yesNo(incident.overdue())),
                new Field("Conservé au moins jusqu'au", incident -> dates.date(incident.retainedUntil())),
                new Field("Inscrit le", incident -> dates.instant(incident.createdAt())),
                new Field("Modifié le", incident -> dates.instant(incident.updatedAt())));
    }

    static String text(Field field, IncidentView incident) {
        String value = field.value().apply(incident);
        return value == null ? "" : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Oui" : "Non";
    }
}

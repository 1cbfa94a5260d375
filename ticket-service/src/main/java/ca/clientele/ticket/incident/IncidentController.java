package ca.clientele.ticket.incident;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The confidentiality-incident register, for administrators only (other staff: 403). There is no
 * DELETE: entries are kept (a DELETE answers 405; the database refuses one before retention ends).
 */
@RestController
@RequestMapping("/api/incidents")
@PreAuthorize("hasRole('admin')")
class IncidentController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final IncidentRegister register;
    private final IncidentPdf pdf;

    IncidentController(IncidentRegister register, IncidentPdf pdf) {
        this.register = register;
        this.pdf = pdf;
    }

    @GetMapping
    IncidentPage list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean seriousRisk,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return register.list(new IncidentFilter(from, to, seriousRisk, overdue, clientId), page, size);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean seriousRisk,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) UUID clientId) {
        String csv = IncidentCsv.write(register.export(new IncidentFilter(from, to, seriousRisk, overdue, clientId)));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("registre-incidents.csv"))
                .body(csv);
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable UUID id) {
        return register.get(id);
    }

    @PutMapping("/{id}")
    IncidentView change(@PathVariable UUID id, @Valid @RequestBody IncidentChange change) {
        return register.change(id, change);
    }

    /** Not an operation of the API (hidden from its description): the refusal, worded for whoever tries. */
    @Hidden
    @DeleteMapping("/{id}")
    void delete(@PathVariable UUID id) {
        throw new IncidentsAreKept();
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        IncidentView incident = register.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("incident-" + incident.ticketNumber() + ".pdf"))
                .body(pdf.render(incident));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}

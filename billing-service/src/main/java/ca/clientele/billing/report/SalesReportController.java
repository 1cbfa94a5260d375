package ca.clientele.billing.report;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales report (staff): GST and QST collected per day or month of a period, as JSON or CSV. */
@RestController
@RequestMapping("/api/invoices/reports")
@PreAuthorize("hasRole('staff')")
class SalesReportController {

    private final SalesReport reports;

    SalesReportController(SalesReport reports) {
        this.reports = reports;
    }

    /** {@code from} and {@code to} inclusive, on Montréal's calendar; at most 3 years. */
    @GetMapping("/sales")
    SalesReportView sales(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "day") @Pattern(regexp = "day|month", message = "{invoice.report.group}")
                    String groupBy) {
        return reports.report(from, to, groupBy);
    }

    @GetMapping("/sales.csv")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> salesCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "day") @Pattern(regexp = "day|month", message = "{invoice.report.group}")
                    String groupBy,
            Locale locale) {
        SalesReportView report = reports.report(from, to, groupBy);
        String name = (locale.getLanguage().equals("en") ? "sales-" : "ventes-") + from + "-" + to + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(reports.csv(report, locale).getBytes(StandardCharsets.UTF_8));
    }
}

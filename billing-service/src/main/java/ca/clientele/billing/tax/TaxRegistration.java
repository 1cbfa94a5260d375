package ca.clientele.billing.tax;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The business's tax registration numbers, printed on every invoice (the law requires them for a
 * client to claim input tax credits). A malformed number stops the service at start instead of
 * being printed on invoices.
 *
 * @param gstNumber GST/HST number: the 9-digit business number, program RT, account, e.g. {@code 123456789 RT0001}
 * @param qstNumber QST number: 10 digits, TQ, account, e.g. {@code 1234567890 TQ0001}
 */
@Validated
@ConfigurationProperties("clientele.billing")
record TaxRegistration(
        @NotNull @Pattern(regexp = "\\d{9} ?RT\\d{4}") String gstNumber,
        @NotNull @Pattern(regexp = "\\d{10} ?TQ\\d{4}") String qstNumber) {}

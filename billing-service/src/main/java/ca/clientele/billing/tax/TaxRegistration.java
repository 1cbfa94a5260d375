package ca.clientele.billing.tax;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The business as every invoice and credit note names it: its legal name, its address and its tax registration numbers
 * (the law requires them for a client to claim input tax credits). A malformed or missing value stops the service at
 * start instead of being printed on invoices; {@link DemoRegistrationGuard} refuses the demo numbers outside the
 * demo and local profiles.
 *
 * @param gstNumber GST/HST number: the 9-digit business number, program RT, account, e.g. {@code 123456789 RT0001}
 * @param qstNumber QST number: 10 digits, TQ, account, e.g. {@code 1234567890 TQ0001}
 * @param legalName the name the business is registered under, e.g. {@code Soins animaliers Clientèle inc.}
 * @param address the address as printed, one line after another separated by {@code |}, e.g.
 *     {@code 1234, rue Saint-Denis|Montréal (Québec) H2X 1K4}
 */
@Validated
@ConfigurationProperties("clientele.billing")
public record TaxRegistration(
        @NotNull @Pattern(regexp = "\\d{9} ?RT\\d{4}") String gstNumber,
        @NotNull @Pattern(regexp = "\\d{10} ?TQ\\d{4}") String qstNumber,
        @NotBlank String legalName,
        @NotBlank String address) {

    /** The demo numbers the local stack prints (the official formats, nobody's registration). */
    static final String DEMO_GST_NUMBER = "123456789 RT0001";

    static final String DEMO_QST_NUMBER = "1234567890 TQ0001";

    /** The address as printed, line by line. */
    public List<String> addressLines() {
        return Arrays.stream(address.split("\\|"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** True when either number is one of the demo numbers (spaces ignored). */
    boolean usesDemoNumbers() {
        return sameNumber(gstNumber, DEMO_GST_NUMBER) || sameNumber(qstNumber, DEMO_QST_NUMBER);
    }

    private static boolean sameNumber(String a, String b) {
        return a != null && a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }
}

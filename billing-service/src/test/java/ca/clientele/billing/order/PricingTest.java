package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    private static OrderLine line(int quantity, String price, boolean taxable) {
        return new OrderLine("Service", "Service", UUID.randomUUID(), null, null, quantity, Money.cad(price), taxable);
    }

    @ParameterizedTest
    @CsvSource({
        "35.00, 0, 40.24",
        "5.00, 0, 5.75",
        "41.10, 0, 47.26",
        "95.00, 0, 109.23",
        "35.00, 10, 36.22",
        "35.00, 100, 0.00",
        "35.00, 12.5, 35.20"
    })
    void seedTotalsAndDiscounts(String price, String percent, String total) {
        Pricing pricing = Pricing.of(List.of(line(1, price, true)), new BigDecimal(percent));
        assertThat(pricing.total().toString()).isEqualTo(total);
    }

    @Test
    void theDiscountIsRoundedPerLineAndTaxesOnceOnTheTaxableLines() {
        Pricing pricing = Pricing.of(
                List.of(line(3, "12.35", true), line(1, "9.99", false), line(2, "0.05", true)), new BigDecimal("15"));
        // 37.05 → −5.56 (5.5575) = 31.49; 9.99 → −1.50 (1.4985) = 8.49; 0.10 → −0.02 (0.015) = 0.08
        assertThat(pricing.subtotal().toString()).isEqualTo("47.14");
        assertThat(pricing.discount().toString()).isEqualTo("7.08");
        assertThat(pricing.taxableSubtotal().toString()).isEqualTo("31.57");
        assertThat(pricing.gst().toString()).isEqualTo("1.58");
        assertThat(pricing.qst().toString()).isEqualTo("3.15");
        assertThat(pricing.total().toString()).isEqualTo("44.79");
        assertThat(pricing.lines()).extracting(l -> l.amount().toString()).containsExactly("31.49", "8.49", "0.08");
    }

    @Test
    void noDiscountWhenNoneOrNull() {
        assertThat(Pricing.of(List.of(line(2, "10.00", true)), null).discount()).isEqualTo(Money.ZERO);
    }
}

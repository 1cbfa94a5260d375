package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TaxRegistrationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TaxRegistration.class)
    static class Config {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void wellFormedNumbersAreBound() {
        runner.withPropertyValues(
                        "clientele.billing.gst-number=123456789 RT0001",
                        "clientele.billing.qst-number=1234567890TQ0001")
                .run(context -> {
                    TaxRegistration registration = context.getBean(TaxRegistration.class);
                    assertThat(registration.gstNumber()).isEqualTo("123456789 RT0001");
                    assertThat(registration.qstNumber()).isEqualTo("1234567890TQ0001");
                });
    }

    @Test
    void aMalformedOrMissingNumberStopsTheService() {
        runner.withPropertyValues(
                        "clientele.billing.gst-number=12345 RT0001", "clientele.billing.qst-number=1234567890 TQ0001")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("clientele.billing.gst-number=123456789 RT0001")
                .run(context -> assertThat(context).hasFailed());
    }
}

package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class TaxRegistrationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TaxRegistration.class)
    @Import(DemoRegistrationGuard.class)
    static class Config {}

    private static final String NAME = "clientele.billing.legal-name=Soins animaliers Clientèle inc.";
    private static final String ADDRESS = "clientele.billing.address=1234, rue Saint-Denis|Montréal (Québec) H2X 1K4";

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void wellFormedNumbersNameAndAddressAreBound() {
        runner.withPropertyValues(
                        "clientele.billing.gst-number=987654321 RT0001",
                        "clientele.billing.qst-number=9876543210TQ0001",
                        NAME,
                        ADDRESS)
                .run(context -> {
                    TaxRegistration registration = context.getBean(TaxRegistration.class);
                    assertThat(registration.gstNumber()).isEqualTo("987654321 RT0001");
                    assertThat(registration.qstNumber()).isEqualTo("9876543210TQ0001");
                    assertThat(registration.legalName()).isEqualTo("Soins animaliers Clientèle inc.");
                    assertThat(registration.addressLines())
                            .containsExactly("1234, rue Saint-Denis", "Montréal (Québec) H2X 1K4");
                });
    }

    @Test
    void aMalformedOrMissingValueStopsTheService() {
        runner.withPropertyValues(
                        "clientele.billing.gst-number=12345 RT0001",
                        "clientele.billing.qst-number=9876543210 TQ0001",
                        NAME,
                        ADDRESS)
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("clientele.billing.gst-number=987654321 RT0001", NAME, ADDRESS)
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues(
                        "clientele.billing.gst-number=987654321 RT0001",
                        "clientele.billing.qst-number=9876543210 TQ0001",
                        ADDRESS)
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theDemoNumbersStopTheServiceOutsideTheDemoAndLocalProfiles() {
        ApplicationContextRunner demoNumbers = runner.withPropertyValues(
                "clientele.billing.gst-number=123456789 RT0001",
                "clientele.billing.qst-number=1234567890 TQ0001",
                NAME,
                ADDRESS);
        demoNumbers.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("CLIENTELE_BILLING_GST_NUMBER"));
        // Either demo number alone, spaces or not, is refused too.
        runner.withPropertyValues(
                        "clientele.billing.gst-number=987654321 RT0001",
                        "clientele.billing.qst-number=1234567890TQ0001",
                        NAME,
                        ADDRESS)
                .run(context -> assertThat(context).hasFailed());
        demoNumbers
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
                .run(context -> assertThat(context).hasNotFailed());
        demoNumbers
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("local"))
                .run(context -> assertThat(context).hasNotFailed());
        demoNumbers
                .withPropertyValues(DemoRegistrationGuard.ALLOWED + "=true")
                .run(context -> assertThat(context).hasNotFailed());
    }
}

package ca.clientele.billing.tax;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Production never prints the demo GST/QST numbers on an invoice: the service refuses to start with them unless the
 * {@code demo} or {@code local} profile is active (the local stack turns {@code demo} on), or
 * {@code clientele.billing.demo-numbers-allowed=true} (the tests and benchmarks set it on their own class path).
 */
@Component
class DemoRegistrationGuard implements InitializingBean {

    static final String ALLOWED = "clientele.billing.demo-numbers-allowed";

    private final TaxRegistration registration;
    private final Environment environment;

    DemoRegistrationGuard(TaxRegistration registration, Environment environment) {
        this.registration = registration;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (registration.usesDemoNumbers()
                && !environment.acceptsProfiles(Profiles.of("demo | local"))
                && !environment.getProperty(ALLOWED, Boolean.class, false)) {
            throw new IllegalStateException("The demo GST/QST registration numbers ("
                    + TaxRegistration.DEMO_GST_NUMBER + ", " + TaxRegistration.DEMO_QST_NUMBER
                    + ") may not be printed on invoices outside the demo or local profile: set"
                    + " CLIENTELE_BILLING_GST_NUMBER and CLIENTELE_BILLING_QST_NUMBER to the business's numbers");
        }
    }
}

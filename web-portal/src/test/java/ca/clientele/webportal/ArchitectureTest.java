package ca.clientele.webportal;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The portal's layout as rules: a screen (a feature package) never reaches into another screen's
 * classes, only into {@code registry}, {@code documentservice}, {@code ticketservice}, {@code bookingservice} and {@code billingservice}, which hold the service clients and
 * their records; and no class
 * calls a service any other way than through an {@code @HttpExchange} interface, which the kit
 * configures once (token, language, timeouts, problems).
 */
class ArchitectureTest {

    private static final String PORTAL = "ca.clientele.webportal";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL);

    @Test
    void theMainClassesAreThere() {
        // A mistyped package would make every rule below pass on nothing.
        assertThat(MAIN.stream().filter(type -> type.isAnnotatedWith(Controller.class)))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void screensDoNotDependOnEachOther() {
        slices().matching(PORTAL + ".(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        alwaysTrue(),
                        resideInAnyPackage(
                                PORTAL + ".registry..",
                                PORTAL + ".documentservice..",
                                PORTAL + ".ticketservice..",
                                PORTAL + ".bookingservice..",
                                PORTAL + ".billingservice.."))
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void servicesAreCalledOnlyThroughHttpServiceClients() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.client.RestClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.client.RestClient$Builder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.client.RestTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.util.UriComponentsBuilder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.service.invoker.HttpServiceProxyFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("ca.clientele.platform.portal.ServiceClients")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net..", "java.net.http..")
                .because("the kit configures every @HttpExchange client once; a URL built by hand would skip it")
                .check(MAIN);
    }

    @Test
    void serviceClientsLiveWithTheirRecords() {
        classes()
                .that()
                .areAnnotatedWith(HttpExchange.class)
                .should()
                .resideInAnyPackage(
                        PORTAL + ".registry..",
                        PORTAL + ".documentservice..",
                        PORTAL + ".ticketservice..",
                        PORTAL + ".bookingservice..",
                        PORTAL + ".billingservice..")
                .check(MAIN);
    }
}

package ca.clientele.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The gateway routes and secures; it knows no domain. Routing and security are configured
 * independently (either can change without the other), both may use the shared {@code web}
 * helpers, and nothing here reaches a service's or the platform's classes: services are URLs.
 */
@AnalyzeClasses(packages = "ca.clientele.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule routingDoesNotReachIntoSecurity = noClasses()
            .that()
            .resideInAPackage("..gateway.routing..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..gateway.security..");

    @ArchTest
    static final ArchRule securityDoesNotReachIntoRouting = noClasses()
            .that()
            .resideInAPackage("..gateway.security..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..gateway.routing..");

    @ArchTest
    static final ArchRule sharedWebHelpersDependOnNeither = noClasses()
            .that()
            .resideInAPackage("..gateway.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..gateway.routing..", "..gateway.security..");

    @ArchTest
    static final ArchRule noServiceOrPlatformClasses = noClasses()
            .should()
            .dependOnClassesThat(
                    resideInAPackage("ca.clientele..").and(not(resideInAPackage("ca.clientele.gateway.."))));

    @ArchTest
    static final ArchRule noDomainPackages = noClasses()
            .should()
            .resideInAnyPackage(
                    "..client..",
                    "..clients..",
                    "..pet..",
                    "..booking..",
                    "..ticket..",
                    "..invoice..",
                    "..billing..",
                    "..order..",
                    "..document..",
                    "..event..");
}

package ca.clientele.adminportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The portal's layout as rules: controllers stay apart, and services are reached only through the
 * typed client interfaces (the kit configures them), never by a hand-built HTTP call.
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.clientele.adminportal");

    /** What a controller needs of another screen is a shared class (ClientPage), not the controller. */
    @Test
    void controllersDoNotDependOnOtherControllers() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Controller.class)
                .check(PORTAL);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching("ca.clientele.adminportal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PORTAL);
    }

    /** No RestClient, RestTemplate, WebClient, JDK HTTP client or URI building of a service address. */
    @Test
    void noClassCallsAServiceOutsideTheClientInterfaces() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web.client..",
                        "org.springframework.web.reactive.function.client..",
                        "org.springframework.web.service.invoker..",
                        "java.net.http..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.util.UriComponentsBuilder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("ca.clientele.platform.portal.ServiceClients")
                .check(PORTAL);
    }

    /** Every exchange is declared on an {@code @HttpExchange} interface, which only the kit configures. */
    @Test
    void exchangesAreDeclaredOnClientInterfacesOnly() {
        methods()
                .that()
                .areAnnotatedWith(GetExchange.class)
                .or()
                .areAnnotatedWith(PostExchange.class)
                .or()
                .areAnnotatedWith(PutExchange.class)
                .or()
                .areAnnotatedWith(PatchExchange.class)
                .or()
                .areAnnotatedWith(DeleteExchange.class)
                .or()
                .areAnnotatedWith(HttpExchange.class)
                .should()
                .beDeclaredInClassesThat()
                .areInterfaces()
                .andShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(HttpExchange.class)
                .check(PORTAL);
    }
}

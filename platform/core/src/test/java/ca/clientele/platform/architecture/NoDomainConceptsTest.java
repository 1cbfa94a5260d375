package ca.clientele.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The platform is infrastructure shared by every service: it never names what a service is
 * about. A member called {@code clientId} would be a domain concept leaking into code that every
 * service must then follow (it was {@code DomainEvents.publish(name, clientId, data)}).
 */
class NoDomainConceptsTest {

    static final Set<String> DOMAIN_WORDS = Set.of(
            "client",
            "booking",
            "ticket",
            "invoice",
            "pet",
            "appointment",
            "payment",
            "billing",
            "branch",
            "incident",
            "order",
            "consent",
            "timesheet");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ca.clientele.platform");

    @Test
    void noMemberNamesADomainConcept() {
        members()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("ca.clientele.platform..")
                .should(notBeNamedWithADomainWord(JavaMember::getName))
                .check(PLATFORM);
    }

    @Test
    void noClassNamesADomainConcept() {
        classes()
                .that()
                .resideInAPackage("ca.clientele.platform..")
                .should(notBeNamedWithADomainWord(JavaClass::getSimpleName))
                .check(PLATFORM);
    }

    @Test
    void readsDomainWordsInCamelAndSnakeCaseButNotInsideOtherWords() {
        assertThat(namesADomainConcept("clientId")).isTrue();
        assertThat(namesADomainConcept("requireOwnClientOrStaff")).isTrue();
        assertThat(namesADomainConcept("PET_LIMIT")).isTrue();
        assertThat(namesADomainConcept("bookings")).isTrue();
        assertThat(namesADomainConcept("clienteleDefaults")).isFalse();
        assertThat(namesADomainConcept("competitor")).isFalse();
        assertThat(namesADomainConcept("requireOwnOrStaff")).isFalse();
    }

    private static <T extends HasDescription & HasSourceCodeLocation> ArchCondition<T> notBeNamedWithADomainWord(
            Function<T, String> name) {
        return ArchCondition.from(DescribedPredicate.describe(
                "not be named with a domain word " + DOMAIN_WORDS, (T item) -> !namesADomainConcept(name.apply(item))));
    }

    /** Splits camelCase, PascalCase and snake_case into words; a plural counts as its singular. */
    static boolean namesADomainConcept(String name) {
        return Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .map(word -> word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
                .anyMatch(DOMAIN_WORDS::contains);
    }
}

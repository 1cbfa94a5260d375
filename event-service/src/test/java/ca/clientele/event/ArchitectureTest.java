package ca.clientele.event;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import ca.clientele.platform.testing.ServiceArchitecture;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.junit.jupiter.api.Test;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.event");
    }

    @Test
    void responseRecordsHoldNoEntities() {
        // A DTO wrapping an entity would expose it just the same.
        classes()
                .that()
                .areRecords()
                .should(ArchConditions.have(DescribedPredicate.describe(
                        "no entity component",
                        record -> record.getFields().stream().noneMatch(field -> AN_ENTITY.test(field.getRawType())))))
                .check(mainClasses());
    }
}

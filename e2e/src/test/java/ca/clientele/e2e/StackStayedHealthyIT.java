package ca.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.local.TwoStarts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other browser test (junit-platform.properties orders classes by {@link Order}): the warm stack they
 * all used is still whole — every component READY, never restarted, its process alive and its readiness answering —
 * so no test passed by luck on a component that crashed and came back.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(Stack.class)
class StackStayedHealthyIT {

    @Test
    void everyComponentStayedUpThroughTheWholeRun() {
        assertThat(TwoStarts.problems(Stack.current())).isEmpty();
    }
}

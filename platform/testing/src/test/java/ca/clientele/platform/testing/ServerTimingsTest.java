package ca.clientele.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServerTimingsTest {

    @Test
    void countsOnlyTheRequestsThatSayTheirKind() throws Exception {
        ServerTimings timings = new ServerTimings();
        Filter filter = timings.filter();

        for (String kind : new String[] {"one day", "one day", "30 days", null}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/slots");
            if (kind != null) {
                request.addHeader(ServerTimings.KIND_HEADER, kind);
            }
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        }

        assertThat(timings.table())
                .contains("| 30 days | 1 |")
                .contains("| one day | 2 |")
                .doesNotContain("null");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> millis =
                LongStream.rangeClosed(1, 200).map(n -> n * 1_000_000).boxed().toList();

        assertThat(ServerTimings.percentile(millis, 0.50)).isEqualTo(100.0);
        assertThat(ServerTimings.percentile(millis, 0.95)).isEqualTo(190.0);
        assertThat(ServerTimings.percentile(millis, 0.99)).isEqualTo(198.0);
        assertThat(ServerTimings.percentile(millis, 1.0)).isEqualTo(200.0);
    }
}

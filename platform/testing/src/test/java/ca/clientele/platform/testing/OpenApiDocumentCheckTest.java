package ca.clientele.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentCheckTest {

    private static final String LIVE = """
            {"openapi":"3.1.0","servers":[{"url":"http://localhost:41234","description":"Generated server url"}],
             "paths":{"/api/b":{"get":{}},"/api/a":{"get":{"responses":{"200":{"description":"OK"}}}}},
             "info":{"version":"v0","title":"OpenAPI definition"}}""";

    @TempDir
    Path dir;

    @Test
    void theNormalFormSortsKeysDropsTheServerUrlAndEndsWithANewline() {
        String normal = OpenApiDocumentCheck.normalise(LIVE);

        assertThat(normal).doesNotContain("servers").doesNotContain("41234").endsWith("}\n");
        assertThat(normal.indexOf("\"info\"")).isLessThan(normal.indexOf("\"openapi\""));
        assertThat(normal.indexOf("\"openapi\"")).isLessThan(normal.indexOf("\"paths\""));
        assertThat(normal.indexOf("/api/a")).isLessThan(normal.indexOf("/api/b"));
        assertThat(normal.indexOf("\"title\"")).isLessThan(normal.indexOf("\"version\""));
        assertThat(OpenApiDocumentCheck.normalise(normal)).isEqualTo(normal);
    }

    @Test
    void aMissingDocumentIsWrittenAndStillFailsSoItGetsCommitted() throws Exception {
        Path committed = dir.resolve("docs/api/x.openapi.json");

        assertThatThrownBy(() -> check(committed, LIVE, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("did not exist and has been written");
        assertThat(Files.readString(committed)).isEqualTo(OpenApiDocumentCheck.normalise(LIVE));
        assertThatCode(() -> check(committed, LIVE, false)).doesNotThrowAnyException();
    }

    @Test
    void theSameApiOnAnotherPortPasses() throws Exception {
        Path committed = committed(LIVE);

        assertThatCode(() -> check(committed, LIVE.replace("41234", "39999"), false))
                .doesNotThrowAnyException();
    }

    @Test
    void aDifferenceFailsWithWhatDiffersAndLeavesTheCommittedFileAlone() throws Exception {
        Path committed = committed(LIVE);
        String changed = LIVE.replace("\"/api/b\":{\"get\":{}}", "\"/api/c\":{\"get\":{}}")
                .replace("\"description\":\"OK\"", "\"description\":\"Created\"");

        assertThatThrownBy(() -> check(committed, changed, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("3 difference(s)")
                .hasMessageContaining("- /paths/~1api~1b")
                .hasMessageContaining("+ /paths/~1api~1c")
                .hasMessageContaining("~ /paths/~1api~1a/get/responses/200/description: \"OK\" → \"Created\"")
                .hasMessageContaining("-Dapi.docs.update=true");
        assertThat(Files.readString(committed)).isEqualTo(OpenApiDocumentCheck.normalise(LIVE));
        assertThat(Files.readString(dir.resolve("scratch/x.openapi.json")))
                .isEqualTo(OpenApiDocumentCheck.normalise(changed));
    }

    @Test
    void theUpdateSwitchRewritesTheCommittedFile() throws Exception {
        Path committed = committed(LIVE);
        String changed = LIVE.replace("/api/b", "/api/c");

        assertThatCode(() -> check(committed, changed, true)).doesNotThrowAnyException();
        assertThat(Files.readString(committed)).isEqualTo(OpenApiDocumentCheck.normalise(changed));
    }

    private Path committed(String json) throws Exception {
        Path committed = dir.resolve("x.openapi.json");
        Files.writeString(committed, OpenApiDocumentCheck.normalise(json));
        return committed;
    }

    private void check(Path committed, String live, boolean update) {
        OpenApiDocumentCheck.assertMatches(committed, "docs/api/x.openapi.json", live, update, dir.resolve("scratch"));
    }
}

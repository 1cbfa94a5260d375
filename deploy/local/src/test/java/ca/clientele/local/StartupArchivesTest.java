package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up archives: trained by a real JVM, used, and thrown away (then trained again) when stale or damaged. */
class StartupArchivesTest {

    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-Xmx64m");

    @TempDir
    Path dir;

    @Test
    void aTrainingRunWritesAnArchiveThatAJvmThenStartsFrom() throws Exception {
        StartupArchives archives = new StartupArchives(dir.resolve("cds"));
        Path jar = ChildJvm.jar(dir);

        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.NONE);
        assertThat(train(archives, jar)).isTrue();

        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.USABLE);
        assertThat(Files.size(archives.archive("flaky"))).isPositive();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no partial file nor AOT configuration left")
                    .containsExactlyInAnyOrder(
                            archives.archive("flaky").getFileName().toString(), "flaky.stamp");
        }
        assertThat(runFrom(archives.useFlags("flaky"), jar)).isZero();
    }

    @Test
    void aDamagedArchiveIsDeletedAndTrainedAgain() throws Exception {
        StartupArchives archives = new StartupArchives(dir.resolve("cds"));
        Path jar = ChildJvm.jar(dir);
        train(archives, jar);
        Path archive = archives.archive("flaky");
        long size = Files.size(archive);
        // Same size, different bytes in the middle: only the checksum can tell.
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.seek(size / 2);
            file.write(new byte[4096]);
        }

        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.CORRUPT);
        assertThat(archive).doesNotExist();

        assertThat(train(archives, jar)).isTrue();
        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.USABLE);
    }

    @Test
    void aTruncatedArchiveIsDeletedAndTheJvmWouldStartWithoutItAnyway() throws Exception {
        StartupArchives archives = new StartupArchives(dir.resolve("cds"));
        Path jar = ChildJvm.jar(dir);
        train(archives, jar);
        Path archive = archives.archive("flaky");
        Path truncated = dir.resolve("truncated" + archive.getFileName());
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(archive), (int) Files.size(archive) / 3));
        Files.copy(truncated, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.CORRUPT);
        assertThat(archive).doesNotExist();
        // Even if such a file reached a JVM, it would start without it rather than crash.
        String flag = archives.aotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        assertThat(runFrom(List.of(flag + truncated, "-Xlog:disable", "-Xlog:all=off"), jar))
                .isZero();
    }

    @Test
    void anArchiveOfAnotherJarJdkOrFlagsIsStale() throws Exception {
        Path jar = ChildJvm.jar(dir);
        StartupArchives archives = new StartupArchives(dir.resolve("cds"));
        train(archives, jar);

        assertThat(archives.check("flaky", "jar-2", FLAGS)).isEqualTo(StartupArchives.Verdict.STALE);
        assertThat(archives.archive("flaky")).doesNotExist();

        train(archives, jar);
        assertThat(archives.check("flaky", "jar-1", List.of("-XX:+UseSerialGC", "-Xmx128m")))
                .isEqualTo(StartupArchives.Verdict.STALE);

        train(archives, jar);
        StartupArchives otherJdk =
                new StartupArchives(dir.resolve("cds"), Runtime.version().feature(), "99+1@/other");
        assertThat(otherJdk.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.STALE);
    }

    @Test
    void anArchiveWithoutItsStampIsNeverUsed() throws IOException {
        StartupArchives archives = new StartupArchives(dir.resolve("cds"));
        Files.createDirectories(dir.resolve("cds"));
        Files.writeString(archives.archive("flaky"), "left by an interrupted run");

        assertThat(archives.check("flaky", "jar-1", FLAGS)).isEqualTo(StartupArchives.Verdict.STALE);
        assertThat(archives.archive("flaky")).doesNotExist();
    }

    private boolean train(StartupArchives archives, Path jar) {
        return archives.train(
                "flaky",
                "jar-1",
                FLAGS,
                trainingFlags -> ChildJvm.command(jar, concat(FLAGS, trainingFlags), "0", "unused", "steady"),
                Map.of(),
                dir,
                dir.resolve("flaky-training.log"),
                run -> {});
    }

    private int runFrom(List<String> archiveFlags, Path jar) throws IOException, InterruptedException {
        // The training property makes FlakyChild exit at once, as a Spring service would on refresh.
        List<String> flags = concat(concat(FLAGS, archiveFlags), List.of("-Dspring.context.exit=onRefresh"));
        Process process = new ProcessBuilder(ChildJvm.command(jar, flags, "0", "unused", "steady"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

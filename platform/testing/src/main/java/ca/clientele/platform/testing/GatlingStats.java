package ca.clientele.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the per-request figures of the newest Gatling report (its Stats table) as the Markdown
 * tables of docs/benchmarks.md (client search, ticket lists), so the published numbers are copied, not retyped.
 * Run by the {@code benchmark} profiles' {@code exec:java} after {@code gatling:test}.
 */
public final class GatlingStats {

    private static final Pattern ROW =
            Pattern.compile("<tr id=\"(?:req_[^\"]*|ROOT)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");

    private GatlingStats() {}

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/gatling");
        Path newest;
        try (Stream<Path> runs = Files.list(reports)) {
            newest = runs.filter(run -> Files.exists(run.resolve("index.html")))
                    // "<simulation>-<yyyyMMddHHmmssSSS>": the newest run of any simulation, not the last name.
                    .max(Comparator.comparing((Path run) -> {
                                String name = run.getFileName().toString();
                                return name.substring(name.lastIndexOf('-') + 1);
                            })
                            .thenComparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report under " + reports));
        }
        String html = Files.readString(newest.resolve("index.html"));
        System.out.println("Report: " + newest.toAbsolutePath());
        System.out.println();
        System.out.println("| Request | Requests | Failed | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            String[] cells = new String[15];
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2);
            }
            System.out.printf(
                    "| %s | %s | %s | %s | %s | %s | %s |%n",
                    name.find() ? name.group(1) : "?", cells[2], cells[4], cells[8], cells[10], cells[11], cells[12]);
        }
    }
}

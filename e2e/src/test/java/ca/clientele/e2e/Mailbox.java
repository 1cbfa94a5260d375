package ca.clientele.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The mail the local SMTP server (GreenMail in the launcher) captured, as the .eml files it saves. */
final class Mailbox {

    private Mailbox() {}

    /**
     * Waits for Keycloak's mail to {@code recipient} that carries an action link (invitation, e-mail verification),
     * and answers its raw text: the platform's own mails (the welcome) reach the same address.
     */
    static String awaitActionMailTo(String recipient) {
        return awaitMailTo(recipient, "action-token");
    }

    /** Waits for the newest mail to {@code recipient} whose raw text contains {@code text}, and answers its raw text. */
    static String awaitMailTo(String recipient, String text) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> find(recipient, text), Optional::isPresent)
                .orElseThrow();
    }

    /**
     * The Keycloak action link of a mail (invitation, e-mail verification), quoted-printable soft breaks undone.
     */
    static String actionLink(String mail) {
        String decoded = mail.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile(
                        "https?://localhost:8180/realms/clientele/login-actions/action-token\\?[^\"'\\s<>]+")
                .matcher(decoded);
        if (!link.find()) {
            throw new AssertionError("no Keycloak action link in the mail:\n" + mail);
        }
        return link.group().replace("&amp;", "&");
    }

    private static Optional<String> find(String recipient, String containing) {
        Path dir = Stack.current().dataDir().resolve("mail");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> mails =
                    files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
            for (Path mail : mails.reversed()) {
                String text = Files.readString(mail, StandardCharsets.ISO_8859_1);
                if (text.lines().anyMatch(line -> line.startsWith("To:") && line.contains(recipient))
                        && text.replace("=\r\n", "").replace("=\n", "").contains(containing)) {
                    return Optional.of(text);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ca.clientele.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * GreenMail as the local SMTP server: every mail is kept in memory, saved as an {@code .eml} file under
 * {@code <dataDir>/mail/} and announced on the log sink, so invitation links can be followed by hand.
 */
final class MailCatcher implements AutoCloseable {

    static final int SMTP_PORT = 3025;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final GreenMail greenMail;
    private final Path mailDir;
    private final Consumer<String> sink;
    // The copies already saved, by identity: GreenMail lists every mailbox's copies in an order that changes as
    // mailboxes are added (a Cc or a BCC makes new ones), so a position would save one copy twice and miss another.
    private final Set<MimeMessage> saved = Collections.newSetFromMap(new IdentityHashMap<>());
    private ScheduledFuture<?> watcher;

    MailCatcher(Path mailDir, Consumer<String> sink) {
        this(SMTP_PORT, mailDir, sink);
    }

    MailCatcher(int port, Path mailDir, Consumer<String> sink) {
        this.greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        this.mailDir = mailDir;
        this.sink = sink;
    }

    void start(ScheduledExecutorService scheduler) {
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new LocalStackException(
                    "smtp failed to start on port " + greenMail.getSmtp().getPort() + ": " + e.getMessage(), e);
        }
        watcher = scheduler.scheduleWithFixedDelay(this::saveNewMessages, 1, 1, TimeUnit.SECONDS);
    }

    synchronized void saveNewMessages() {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (!saved.add(message)) {
                continue;
            }
            try {
                Files.createDirectories(mailDir);
                Path file = mailDir.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + saved.size() + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                sink.accept(LogTag.of("smtp") + "mail to " + recipients(message) + " \"" + message.getSubject()
                        + "\" saved to " + file);
            } catch (IOException | MessagingException e) {
                sink.accept(LogTag.of("smtp") + "a mail could not be saved: " + e.getMessage());
            }
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null
                ? "(nobody)"
                : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.cancel(false);
        }
        greenMail.stop();
    }
}

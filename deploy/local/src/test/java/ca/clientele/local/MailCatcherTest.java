package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCatcherTest {

    @TempDir
    Path mailDir;

    @Test
    void savesEachMailboxCopyOnceAsNewMailboxesAppear() throws Exception {
        int port = freePort();
        List<String> log = new CopyOnWriteArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (MailCatcher catcher = new MailCatcher(port, mailDir, log::add)) {
            catcher.start(scheduler);

            send(port, "client@exemple.ca", "conjoint@exemple.ca", "gerance@exemple.ca", "Reply 1");
            catcher.saveNewMessages();
            assertThat(savedFiles()).hasSize(3);

            // New mailboxes (other recipients) change the order in which GreenMail lists the copies.
            send(port, "autre@exemple.ca", "deuxieme@exemple.ca", "client@exemple.ca", "Reply 2");
            catcher.saveNewMessages();
            catcher.saveNewMessages();

            List<Path> files = savedFiles();
            assertThat(files).hasSize(6);
            assertThat(files.stream().filter(file -> read(file).contains("Subject: Reply 1")))
                    .hasSize(3);
            assertThat(log).hasSize(6).allMatch(line -> line.contains("saved to"));
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void send(int port, String to, String cc, String bcc, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(GreenMailUtil.getSession(new ServerSetup(port, "localhost", "smtp")));
        message.setFrom(new InternetAddress("bonjour@clientele.test"));
        message.setRecipient(RecipientType.TO, new InternetAddress(to));
        message.setRecipient(RecipientType.CC, new InternetAddress(cc));
        message.setRecipient(RecipientType.BCC, new InternetAddress(bcc));
        message.setSubject(subject);
        message.setText(subject);
        Transport.send(message);
    }

    private List<Path> savedFiles() throws IOException {
        try (Stream<Path> files = Files.list(mailDir)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

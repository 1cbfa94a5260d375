package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimelineTitlesTest {

    // Configured as Boot configures the service's bundle (UTF-8, no fallback to the JVM's locale).
    private final TimelineTitles titles = new TimelineTitles(messageSource());

    @Test
    void titlesFollowTheCallersLanguage() {
        String registered = "ca.clientele.client.client-registered";
        assertThat(titles.of(registered, Locale.CANADA_FRENCH)).isEqualTo("Fiche client créée");
        assertThat(titles.of(registered, Locale.FRENCH)).isEqualTo("Fiche client créée");
        assertThat(titles.of(registered, Locale.ENGLISH)).isEqualTo("Client record created");
        assertThat(titles.of(registered, Locale.CANADA)).isEqualTo("Client record created");
        assertThat(titles.of("ca.clientele.billing.invoice-issued", Locale.CANADA_FRENCH))
                .isEqualTo("Facture émise");
        assertThat(titles.of("ca.clientele.notification.email-sent", Locale.CANADA_FRENCH))
                .isEqualTo("Courriel envoyé");
    }

    @Test
    void anUnknownTypeGetsAGenericTitleNamingIt() {
        assertThat(titles.of("ca.clientele.booking.something-new", Locale.CANADA_FRENCH))
                .isEqualTo("Évènement ca.clientele.booking.something-new");
        assertThat(titles.of("ca.clientele.booking.something-new", Locale.ENGLISH))
                .isEqualTo("Event ca.clientele.booking.something-new");
    }

    @Test
    void everyTitleExistsInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .filteredOn(key -> key.startsWith(TimelineTitles.PREFIX))
                .hasSizeGreaterThan(10);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TimelineTitlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

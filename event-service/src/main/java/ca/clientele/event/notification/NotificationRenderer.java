package ca.clientele.event.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A notification's subject, plain text, HTML and SMS in the client's language: the texts of each template are
 * messages ({@code notifications/messages*.properties}, {@code notification.<template>.*}) with named placeholders
 * ({@code {number}}, {@code {start}}…) filled from the trigger's facts, laid out by two Thymeleaf templates
 * ({@code notifications/email.html} in HTML mode, {@code notifications/email.txt} in text mode) that add the
 * greeting, the link to the portal and the business's signature. Subjects never name the client.
 */
@Component
class NotificationRenderer {

    static final Locale FRENCH = Locale.CANADA_FRENCH;
    static final Locale ENGLISH = Locale.CANADA;
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    record Rendered(String subject, String text, String html, String sms) {}

    private final MessageSource messages;
    private final TemplateEngine engine;
    private final BusinessIdentity business;
    private final TriggerCatalog catalog;

    NotificationRenderer(BusinessIdentity business, TriggerCatalog catalog) {
        this.business = business;
        this.catalog = catalog;
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("notifications/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notifications/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    static Locale locale(String language) {
        return "en".equals(language) ? ENGLISH : FRENCH;
    }

    /**
     * @param name how to greet the client (their display or first name), null for a neutral greeting
     */
    Rendered render(String template, String language, String name, Map<String, String> params) {
        Locale locale = locale(language);
        String prefix = "notification." + template + ".";
        String subject = fill(message(prefix + "subject", locale), params, locale);
        String heading = fill(message(prefix + "heading", locale), params, locale);
        String body = fill(message(prefix + "body", locale), params, locale);
        String action = message(prefix + "action", locale);
        String greeting = name == null || name.isBlank()
                ? message("notification.greeting.neutral", locale)
                : message("notification.greeting", locale).replace("{name}", name);
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("heading", heading);
        context.setVariable("greeting", greeting);
        context.setVariable("paragraphs", body.split("\\n"));
        context.setVariable("action", action);
        context.setVariable("link", business.link(catalog.template(template).link()));
        context.setVariable("business", business);
        context.setVariable("addressLines", business.addressLines());
        context.setVariable("signature", message("notification.signature", locale));
        context.setVariable("footer", message("notification.footer", locale));
        String html = engine.process("email.html", context);
        String text = engine.process("email.txt", context);
        String sms = fill(message(prefix + "sms", locale, heading), params, locale) + " — " + business.name();
        return new Rendered(subject, text, html, sms);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String message(String key, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException none) {
            return fallback;
        }
    }

    /** Replaces {@code {name}} with the formatted fact; an unknown placeholder stays as it is. */
    static String fill(String text, Map<String, String> params, Locale locale) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = params.get(name);
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            value == null ? matcher.group() : format(value, params.get(name + ".format"), locale)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String format(String value, String format, Locale locale) {
        try {
            if ("datetime".equals(format)) {
                OffsetDateTime time = OffsetDateTime.parse(value);
                DateTimeFormatter formatter = locale.getLanguage().equals("fr")
                        ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H 'h' mm", locale)
                        : DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", locale);
                return time.atZoneSameInstant(MONTREAL).format(formatter);
            }
            if ("date".equals(format)) {
                return LocalDate.parse(value)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale));
            }
            if ("money".equals(format)) {
                NumberFormat money = NumberFormat.getCurrencyInstance(locale);
                return money.format(new BigDecimal(value))
                        .replace('\u00a0', ' ')
                        .replace('\u202f', ' ');
            }
        } catch (RuntimeException unreadable) {
            return value;
        }
        return value;
    }
}

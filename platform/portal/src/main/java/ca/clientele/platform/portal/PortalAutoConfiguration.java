package ca.clientele.platform.portal;

import ca.clientele.platform.security.ResourceServerSecurityAutoConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web set-up both server-rendered portals share: the platform's resource-server chain
 * (stateless, JWT relayed by the gateway, CSRF enforced at the gateway) plus browser hardening,
 * French-first language switch, the portal's role checked in MVC (so that a refused user gets the
 * localized 403 PAGE from {@link ErrorPages}), the layout's model, the configuration of every HTTP
 * service client ({@link ServiceClientDefaults}), decimals typed "4,5" or "4.5" ({@link
 * DecimalInput}), and the template beans {@code fmt} ({@link DisplayFormat}) and {@code lists}
 * ({@link ValueLists}).
 */
// Before the platform's default chain and Boot's fixed-locale resolver, which both back off then.
@AutoConfiguration(
        before = ResourceServerSecurityAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalAutoConfiguration {

    /** Everything is served from this origin; htmx's inline indicator styles are turned off. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        return ResourceServerSecurityAutoConfiguration.applyDefaults(http)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(ResourceServerSecurityAutoConfiguration.PUBLIC_PATHS)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** The bean name DispatcherServlet looks up; replaces Boot's fixed-locale resolver. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    @Bean
    WebMvcConfigurer portalInterceptors(PortalProperties portal) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // ?lang=en / ?lang=fr on any page; first, so that even a refusal page is in that language.
                LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
                languageSwitch.setParamName("lang");
                languageSwitch.setIgnoreInvalidLocale(true);
                registry.addInterceptor(languageSwitch);
                registry.addInterceptor(new RequiredRoleInterceptor(portal.requiredRoles()))
                        .excludePathPatterns(ResourceServerSecurityAutoConfiguration.PUBLIC_PATHS);
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatter(new DecimalInput());
            }
        };
    }

    @Bean
    ServiceClientDefaults serviceClientDefaults(JsonMapper json) {
        return new ServiceClientDefaults(json);
    }

    /** {@code ${@fmt.phone(…)}}: values in the request's language. */
    @Bean("fmt")
    DisplayFormat displayFormat(ObjectProvider<Clock> clock) {
        return new DisplayFormat(null, clock.getIfAvailable(Clock::systemUTC));
    }

    /** {@code ${@lists.provinces()}}. */
    @Bean("lists")
    ValueLists valueLists() {
        return new ValueLists();
    }

    @Bean
    ErrorPages errorPages() {
        return new ErrorPages();
    }

    @Bean
    LayoutAdvice layoutAdvice() {
        return new LayoutAdvice();
    }
}

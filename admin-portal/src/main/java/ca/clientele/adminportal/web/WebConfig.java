package ca.clientele.adminportal.web;

import ca.clientele.platform.security.ResourceServerSecurityAutoConfiguration;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** The bean name DispatcherServlet looks up; replaces Boot's fixed-locale resolver. */
    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // ?lang=en / ?lang=fr on any page; first, so that even a refusal page is in that language.
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new RequiredRoleInterceptor(Set.of("ROLE_staff", "ROLE_admin")))
                .excludePathPatterns(ResourceServerSecurityAutoConfiguration.PUBLIC_PATHS);
    }
}

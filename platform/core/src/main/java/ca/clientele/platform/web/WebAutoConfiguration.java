package ca.clientele.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

// Before Boot's MVC auto-configuration: its own problem handler backs off once ours exists.
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

    /** Instants written as Jackson writes them, faster (ADR 0038); Boot adds every module bean to its mapper. */
    @Bean
    JacksonModule wholeSecondInstants() {
        return WholeSecondInstants.module();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(MessageSource messageSource) {
        return new ProblemDetailsAdvice(messageSource);
    }
}

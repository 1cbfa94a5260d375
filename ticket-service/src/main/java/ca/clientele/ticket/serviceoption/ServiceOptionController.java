package ca.clientele.ticket.serviceoption;

import ca.clientele.ticket.choice.ChoiceController;
import ca.clientele.ticket.choice.Choices;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Service(s) souhaité(s)": the services a client may name when opening a ticket, kept by staff. */
@RestController
@RequestMapping("/api/tickets/service-options")
class ServiceOptionController extends ChoiceController<ServiceOption> {

    ServiceOptionController(Choices<ServiceOption> options) {
        super(options);
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceOptions {

        @Bean
        Choices<ServiceOption> serviceOptions(ServiceOptionRepository repository, Clock clock) {
            return new Choices<>(
                    repository,
                    ServiceOption::new,
                    DuplicateServiceOptionCodeException::new,
                    ServiceOption.class,
                    clock);
        }
    }
}

package ca.clientele.ticket.category;

import ca.clientele.ticket.choice.ChoiceController;
import ca.clientele.ticket.choice.Choices;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The categories a client chooses from when opening a ticket, kept by staff. */
@RestController
@RequestMapping("/api/tickets/categories")
class CategoryController extends ChoiceController<TicketCategory> {

    CategoryController(Choices<TicketCategory> categories) {
        super(categories);
    }

    @Configuration(proxyBeanMethods = false)
    static class Categories {

        @Bean
        Choices<TicketCategory> ticketCategories(TicketCategoryRepository repository, Clock clock) {
            return new Choices<>(
                    repository, TicketCategory::new, DuplicateCategoryCodeException::new, TicketCategory.class, clock);
        }
    }
}

package ca.clientele.adminportal.sales;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The billing-service's sales report (staff); its CSV is a link through the gateway. */
@HttpExchange("/api/invoices/reports")
public interface SalesClient {

    @GetExchange("/sales")
    SalesReport sales(@RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam String groupBy);
}

package ca.clientele.adminportal.sales;

import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Ventes" (sales report): sales before taxes, GST and QST collected, what credit notes took back and the net, per day
 * or month of a period, with the CSV download for the accountant (a link through the gateway to the billing-service).
 */
@Controller
class SalesController {

    private final SalesClient sales;
    private final Clock clock;

    SalesController(SalesClient sales, Clock clock) {
        this.sales = sales;
        this.clock = clock;
    }

    @GetMapping("/sales")
    String report(@ModelAttribute("query") SalesQuery query, Model model) {
        SalesQuery.Period filled = query.resolve(clock);
        model.addAttribute("period", filled);
        model.addAttribute("csvQuery", filled.csvQuery());
        try {
            model.addAttribute("report", sales.sales(filled.from(), filled.to(), filled.groupBy()));
        } catch (ServiceRejectedException refused) {
            model.addAttribute("reportRefused", refused.detail());
        } catch (ServiceUnavailableException down) {
            model.addAttribute("reportUnavailable", true);
        }
        return "sales/report";
    }
}

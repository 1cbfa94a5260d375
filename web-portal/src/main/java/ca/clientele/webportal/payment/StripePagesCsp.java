package ca.clientele.webportal.payment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages where a card is typed get the portal's Content-Security-Policy plus exactly what Stripe.js needs (its
 * script from js.stripe.com, its card field and 3-D Secure frames from js.stripe.com and hooks.stripe.com, its calls
 * to api.stripe.com); every other page keeps the kit's policy, which allows nothing from elsewhere. Set before the
 * handler runs: Spring Security's header writer keeps a policy already on the response.
 */
@Configuration(proxyBeanMethods = false)
class StripePagesCsp implements WebMvcConfigurer {

    /** The pages that load Stripe.js: adding a card and an order's pay page (its card part comes from here). */
    static final String[] STRIPE_PAGES = {"/paiements/ajouter", "/orders/*/pay"};

    static final String POLICY = "default-src 'self'; "
            + "script-src 'self' https://js.stripe.com https://*.js.stripe.com; "
            + "style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' https://api.stripe.com; "
            + "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader("Content-Security-Policy", POLICY);
                        return true;
                    }
                })
                .addPathPatterns(STRIPE_PAGES);
    }
}

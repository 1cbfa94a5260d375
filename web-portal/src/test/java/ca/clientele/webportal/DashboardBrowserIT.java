package ca.clientele.webportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the header's menus in Chromium: every card and the unavailable notice pass axe (WCAG 2.1 AA); "Mes
 * messages" opens on keyboard focus, Tab walks into its menu, Escape closes it and gives the focus back; the person
 * icon's menu opens on hover and on click (aria-expanded follows), closes with Escape, and its items come in order
 * with the keyboard; the menus pass axe while open.
 */
class DashboardBrowserIT extends BrowserIntegration {

    @Test
    void everyCardAndAnUnavailableOnePassAxe() {
        DashboardIT.everyServiceAnswers();
        backend.reply("GET", DashboardIT.CREDIT, 503, """
                {"title":"Service Unavailable","status":503,"detail":"down"}""");

        page.navigate(BASE + "/");

        PlaywrightAssertions.assertThat(page.getByTestId("order-pay")).isVisible();
        PlaywrightAssertions.assertThat(page.getByTestId("card-credit").getByTestId("card-unavailable"))
                .hasText("Temporairement indisponible. Réessayez dans quelques instants.");
        PlaywrightAssertions.assertThat(page.getByTestId("messages-menu-panel")).isHidden();
        PlaywrightAssertions.assertThat(page.getByTestId("person-menu-panel")).isHidden();
        audit();
    }

    @Test
    void theMessagesMenuOpensOnFocusAndClosesWithEscape() {
        DashboardIT.everyServiceAnswers();
        page.navigate(BASE + "/");
        Locator trigger = page.getByTestId("menu-messages");
        Locator panel = page.getByTestId("messages-menu-panel");

        trigger.focus();
        PlaywrightAssertions.assertThat(panel).isVisible();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.getByTestId("messages-menu-all")).isFocused();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.getByTestId("messages-menu-waiting"))
                .isFocused();
        audit();

        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(panel).isHidden();
        PlaywrightAssertions.assertThat(trigger).isFocused();

        // Tab from the closed menu goes on to the next control (the person button), not into the hidden links.
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.getByTestId("person-menu-button")).isFocused();
        // Focus left "Mes messages": it opens again on the next focus.
        trigger.focus();
        PlaywrightAssertions.assertThat(panel).isVisible();

        // The mouse alone opens it too.
        page.locator("body").click(new Locator.ClickOptions().setPosition(5, 300));
        PlaywrightAssertions.assertThat(panel).isHidden();
        trigger.hover();
        PlaywrightAssertions.assertThat(panel).isVisible();
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(panel).isHidden();
    }

    @Test
    void thePersonMenuOpensOnHoverClickAndFocusAndItsItemsComeInOrder() {
        DashboardIT.everyServiceAnswers();
        page.navigate(BASE + "/");
        Locator button = page.getByTestId("person-menu-button");
        Locator panel = page.getByTestId("person-menu-panel");
        PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "false");

        button.hover();
        PlaywrightAssertions.assertThat(panel).isVisible();
        PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(panel.locator("li").allInnerTexts())
                .extracting(String::strip)
                .containsExactly("Mon compte ›", "Mes messages", "Déconnexion");
        audit();
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(panel).isHidden();
        PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "false");

        page.mouse().move(5, 300);
        button.click();
        PlaywrightAssertions.assertThat(panel).isVisible();
        PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "true");
        PlaywrightAssertions.assertThat(button).isFocused();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(panel.getByTestId("menu-account")).isFocused();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(panel.getByTestId("person-menu-messages"))
                .isFocused();
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(panel.getByTestId("person-menu-logout")).isFocused();
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(panel).isHidden();
        PlaywrightAssertions.assertThat(button).isFocused();
        PlaywrightAssertions.assertThat(button).hasAttribute("aria-expanded", "false");
    }
}

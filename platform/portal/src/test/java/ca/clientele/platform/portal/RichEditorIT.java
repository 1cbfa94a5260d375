package ca.clientele.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's rich-text editor (js/rich-editor.js) in headless Debian Chromium: what a writer does with
 * the keyboard and the clipboard ends up in the textarea the form posts, with only the elements the
 * services' sanitiser allows. The page is the markup kit/form :: field-rich-text renders. Debian's
 * Chromium (as the e2e suite), or CHROMIUM_PATH; Playwright never downloads a browser here.
 */
class RichEditorIT {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
            <form>
              <input id="subject" aria-label="Sujet">
              <div class="field rich-editor" data-rich-editor data-label-toolbar="Mise en forme du message"
                   data-label-bold="Gras" data-label-italic="Italique" data-label-underline="Souligné"
                   data-label-bullets="Liste à puces" data-label-numbers="Liste numérotée">
                <label for="body">Message</label>
                <textarea id="body" name="body" data-testid="body" aria-invalid="true"
                          aria-describedby="body-error">&lt;p&gt;&lt;b&gt;Allo&lt;/b&gt; toi&lt;/p&gt;</textarea>
                <p id="body-error">Ce champ est obligatoire.</p>
              </div>
            </form></body></html>
            """;

    private static Playwright playwright;
    private static Browser browser;
    private static String script;
    private Page page;

    @BeforeAll
    static void launch() throws IOException {
        try (InputStream in = RichEditorIT.class.getResourceAsStream("/META-INF/resources/js/rich-editor.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
        page.setContent(PAGE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script));
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void theTextareaGivesWayToANamedTextboxAndAToolbarOfPressableButtons() {
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));

        assertThat(editor.getAttribute("aria-multiline")).isEqualTo("true");
        assertThat(editor.getAttribute("aria-describedby")).isEqualTo("body-error");
        assertThat(editor.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editor.getAttribute("data-testid")).isEqualTo("body-editor");
        assertThat(editor.innerHTML()).isEqualTo("<p><b>Allo</b> toi</p>");
        assertThat(page.locator("textarea[name=body]").isHidden()).isTrue();
        Locator toolbar =
                page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Mise en forme du message"));
        assertThat(toolbar.getByRole(AriaRole.BUTTON).all())
                .extracting(button -> button.getAttribute("aria-label"))
                .containsExactly("Gras", "Italique", "Souligné", "Liste à puces", "Liste numérotée");
        // Clicking the label brings the writer to the editor, as it would to the textarea.
        page.locator("label[for=body]").click();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("body-editor");
    }

    @Test
    void theKeyboardAloneFormatsAndTheTextareaFollows() {
        Locator editor = page.getByTestId("body-editor");
        editor.click();
        page.keyboard().press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().type("Bonjour ");
        page.keyboard().press("Control+b");
        page.keyboard().type("gras");
        assertThat(page.getByTestId("rich-editor-bold").getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(page.locator("textarea[name=body]").inputValue())
                .isEqualTo("<p><b>Allo</b> toi</p><p>Bonjour <b>gras</b></p>");

        // From the editor, Shift+Tab reaches the toolbar (one tab stop); arrows move along it.
        page.keyboard().press("Shift+Tab");
        assertThat(page.evaluate("document.activeElement.getAttribute('aria-label')"))
                .isEqualTo("Gras");
        page.keyboard().press("End");
        assertThat(page.evaluate("document.activeElement.getAttribute('aria-label')"))
                .isEqualTo("Liste numérotée");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("Enter");
        assertThat(page.locator("textarea[name=body]").inputValue()).contains("<ul><li>");
        assertThat(page.getByTestId("rich-editor-bullets").getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void whatIsPastedFromWordOrAWebPageKeepsOnlyTheAllowedElements() {
        page.getByTestId("body-editor").click();
        page.keyboard().press("Control+a");
        paste("text/html", """
                <!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
                <style>p { color: red }</style>
                <p class="MsoNormal" style="margin:0"><b>Important</b> <span style="color:red">rouge</span>\
                <o:p></o:p></p>
                <p class="MsoListParagraph"><span style="mso-list:Ignore">·<span> </span></span>premier</p>
                <h1 onclick="alert(1)">Titre</h1><a href="javascript:alert(1)">lien</a>
                <img src="x" onerror="document.title='pwned'"><script>document.title='pwned'</script>
                <ul><li><em>un</em></li><li><u>deux</u></li></ul>
                """);

        String body = page.locator("textarea[name=body]").inputValue();
        assertThat(body)
                .isEqualTo("<p><b>Important</b> rouge</p><p>premier</p><p>Titre</p><p>lien</p>"
                        + "<ul><li><em>un</em></li><li><u>deux</u></li></ul>");
        assertThat(page.getByTestId("body-editor").innerHTML()).doesNotContain("<img", "<script", "onclick", "href");
        assertThat(page.title()).isNotEqualTo("pwned");
    }

    @Test
    void pastedPlainTextBecomesEscapedParagraphs() {
        page.getByTestId("body-editor").click();
        page.keyboard().press("Control+a");
        paste("text/plain", "a <b> c\nligne 2\n\nparagraphe 2");

        assertThat(page.locator("textarea[name=body]").inputValue())
                .isEqualTo("<p>a &lt;b&gt; c<br>ligne 2</p><p>paragraphe 2</p>");
    }

    @Test
    void anotherScriptInsertsACannedReplyCleanedAtTheEnd() {
        Object inserted = page.evaluate("ClienteleRichEditor.insert(document.querySelector('textarea[name=body]'),"
                + " '<p style=\"color:red\">Bonjour <a href=\"https://x.test\">vous</a></p><ul><li>un</li></ul>')");

        assertThat(inserted).isEqualTo(true);
        assertThat(page.locator("textarea[name=body]").inputValue())
                .isEqualTo("<p><b>Allo</b> toi</p><p>Bonjour vous</p><ul><li>un</li></ul>");
        assertThat(page.evaluate("ClienteleRichEditor.insert(document.body, '<p>x</p>')"))
                .isEqualTo(false);
    }

    /** A paste event as the browser fires it for the clipboard's contents. */
    private void paste(String type, String data) {
        page.evaluate("""
                ([type, data]) => {
                  const transfer = new DataTransfer();
                  transfer.setData(type, data);
                  document.activeElement.dispatchEvent(
                      new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, cancelable: true}));
                }""", List.of(type, data));
    }
}

package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageBodiesTest {

    @Test
    void keepsTheEditorsMarkupAndDropsEverythingElse() {
        assertThat(MessageBodies.sanitise("<p>Un <b>mot</b> <i>penché</i></p><ol><li>un</li></ol>"))
                .isEqualTo("<p>Un <b>mot</b> <i>penché</i></p><ol><li>un</li></ol>");
        assertThat(MessageBodies.sanitise("<p onclick=\"x()\">a</p><script>alert(1)</script><img src=x onerror=y>"))
                .isEqualTo("<p>a</p>");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(MessageBodies.sanitise("  Bonjour & merci\r\nà bientôt\n\n\nSignature  "))
                .isEqualTo("<p>Bonjour &amp; merci<br />à bientôt</p><p>Signature</p>");
    }

    @Test
    void theReadableTextDecodesEntitiesBetweenTags() {
        assertThat(MessageBodies.text("<p>d&#39;accord&nbsp;&amp;&#x41;</p><p>fin</p>"))
                .isEqualTo("d'accord &A  fin");
        assertThat(MessageBodies.text("<p> </p><br />")).isEmpty();
        assertThat(MessageBodies.text("&#1114112;")).as("no such character").isEmpty();
    }
}

package ca.clientele.event.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The business as every notification signs it ({@code clientele.business.*}): its name, its address (printed lines
 * separated by {@code |}), its contact e-mail (also the sender) and the portal's address for links. No default: the
 * demo profile (local stack) and the tests set demo values; a production start without them fails.
 */
@Validated
@ConfigurationProperties("clientele.business")
record BusinessIdentity(
        @NotBlank String name,
        @NotBlank String address,
        @NotBlank @Email String email,
        @NotBlank String portalUrl) {

    List<String> addressLines() {
        return Arrays.stream(address.split("\\|")).map(String::strip).toList();
    }

    String link(String path) {
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}

package ca.clientele.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a person may send to the documents service ({@code maxFileSize}, the same
 * limit the service applies) and what a multipart request adds around it (part headers, the other
 * fields: {@code multipartAllowance}). The gateway refuses a body above their sum before it costs
 * the service anything.
 */
@ConfigurationProperties("clientele.uploads")
record UploadLimits(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("64KB") DataSize multipartAllowance) {

    long maxBodyBytes() {
        return maxFileSize.toBytes() + multipartAllowance.toBytes();
    }

    /** "20 Mo" / "20 MB" (kilobytes when the limit is no whole number of megabytes). */
    String maxFileSize(boolean french) {
        long bytes = maxFileSize.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxFileSize.toMegabytes() + (french ? " Mo" : " MB");
        }
        return maxFileSize.toKilobytes() + (french ? " Ko" : " KB");
    }
}

package ca.clientele.document.file;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Upload rules ({@code clientele.documents.*}).
 *
 * @param maxSize the largest file accepted; larger ones are refused while they stream in (413)
 * @param allowedTypes the content types accepted, as detected from the bytes (the browser's claim is ignored)
 * @param deletedRetention how long a deleted file's bytes stay in storage (a mistaken deletion can be undone by an
 *     operator meanwhile) before {@link DeletedFilesPurge} erases them
 * @param maxImagePixels the largest image (width × height) decoded for re-encoding: read from its header first, so a
 *     small file claiming a huge picture cannot exhaust the heap
 */
@ConfigurationProperties("clientele.documents")
record FilesProperties(
        @DefaultValue("20MB") DataSize maxSize,

        @DefaultValue({
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/gif",
            "text/plain",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet"
        })
        List<String> allowedTypes,

        @DefaultValue("24000000") long maxImagePixels,

        @DefaultValue("30d") Duration deletedRetention) {}

package ca.clientele.document.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file's name twice: as the person gave it, for display (only control characters removed, NFC, capped), and a safe
 * one for downloads and logs-free storage metadata: no directory part, no control or reserved character, no leading dot,
 * at most 255 characters with the extension kept. Storage never uses either: blobs are keyed by id.
 */
record FileName(String display, String safe) {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "document";

    static FileName of(String original) {
        String display = clean(original == null ? "" : original);
        if (display.isBlank()) {
            display = FALLBACK;
        }
        return new FileName(cap(display), safe(display));
    }

    /**
     * {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266): the safe name, with an
     * ASCII fallback for old clients ("Vaccins été.pdf" → "Vaccins ete.pdf").
     */
    String contentDisposition(String type) {
        String ascii = Normalizer.normalize(safe, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : safe.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String clean(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
        // Control characters (C0, DEL, C1), and the Unicode format characters that can reverse how a name reads
        // ("gpj.exe" shown as "exe.jpg").
        return normalized.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    }

    private static String safe(String display) {
        // Browsers and some clients send a full path ("C:\Users\…\a.pdf"): only its last part is the name.
        String base = display.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[<>:\"|?*]", "_").strip();
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        return cap(base);
    }

    /** Caps at {@link #MAX_LENGTH} code points, keeping an extension of up to 10 characters. */
    private static String cap(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 11 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }
}

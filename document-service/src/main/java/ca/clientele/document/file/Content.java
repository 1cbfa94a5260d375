package ca.clientele.document.file;

/** What was stored of a file's bytes: their type, size and SHA-256 (hex), and whether a thumbnail was made. */
record Content(String contentType, long size, String sha256, boolean thumbnail) {}

package ca.clientele.billing.invoice;

/** A rendered document and the file name it is downloaded under ("facture-2026-000123.pdf"). */
record PdfFile(String fileName, byte[] content) {}

package ca.clientele.document.file;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Bytes copied from a stream to another while counted and hashed: a file is read once, never held whole. */
record Copied(long size, String sha256) {

    private static final int BUFFER = 64 * 1024;

    /**
     * Copies everything, stopping with {@link TooLargeException} as soon as more than {@code limit} bytes came (what was
     * copied by then is the caller's to discard).
     */
    static Copied copy(InputStream in, OutputStream out, long limit) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            size += read;
            if (size > limit) {
                throw new TooLargeException(limit);
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** An output stream that counts and hashes what goes through it to {@code out}. */
    static Measuring measuring(OutputStream out) {
        return new Measuring(out);
    }

    static final class Measuring extends FilterOutputStream {

        private final MessageDigest digest = newDigest();
        private long size;

        private Measuring(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            size += length;
        }

        /** What went through (call once, after the last write). */
        Copied result() {
            return new Copied(size, HexFormat.of().formatHex(digest.digest()));
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** More bytes than the limit: the upload is refused (413). */
    static final class TooLargeException extends IOException {

        private final long limit;

        TooLargeException(long limit) {
            super("More than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}

package ca.clientele.event.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a client's hash chain (ADR 0026): from the anchor retention left (or the empty hash),
 * each entry's hash must be SHA-256(previous hash || canonical entry) at the next position, and the
 * last one must be the chain's recorded head. The hashes are recomputed here, in Java, from the
 * canonical text the database gives for each row as it is now; a changed column changes that text,
 * a removed row leaves a gap, a removed newest row leaves the head pointing past the end.
 */
@Component
class TimelineChain {

    private final JdbcClient jdbc;

    TimelineChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ChainVerification verify(UUID clientId) {
        record Head(long headPosition, byte[] headHash, long anchorPosition, byte[] anchorHash) {}
        Head head = jdbc.sql("""
                        select head_position, head_hash, anchor_position, anchor_hash
                        from timeline_chain where client_id = ?""")
                .param(clientId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getBytes(4)))
                .optional()
                .orElse(new Head(0, new byte[0], 0, new byte[0]));
        Walk walk = new Walk(head.anchorPosition(), head.anchorHash());
        jdbc.sql("""
                        select chain_position, hash,
                               timeline_canonical(chain_position, event_id, client_id, type, source, occurred_at,
                                                  data, envelope)
                        from timeline_entry where client_id = ? order by chain_position""").param(clientId).query(rs -> {
            walk.next(rs.getLong(1), rs.getBytes(2), rs.getString(3));
        });
        if (walk.broken == null
                && (walk.position != head.headPosition() || !Arrays.equals(walk.previous, head.headHash()))) {
            // The newest entries are gone (or the head was rewritten).
            walk.broken = walk.position + 1;
        }
        return new ChainVerification(
                clientId, walk.broken == null, walk.checked, head.anchorPosition(), head.headPosition(), walk.broken);
    }

    static byte[] hash(byte[] previous, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
    }

    private static final class Walk {

        long position;
        byte[] previous;
        long checked;
        Long broken;

        Walk(long anchorPosition, byte[] anchorHash) {
            this.position = anchorPosition;
            this.previous = anchorHash;
        }

        void next(long rowPosition, byte[] storedHash, String canonical) {
            checked++;
            if (broken != null) {
                return;
            }
            if (rowPosition != position + 1) {
                broken = position + 1;
                return;
            }
            byte[] expected = hash(previous, canonical);
            if (!Arrays.equals(expected, storedHash)) {
                broken = rowPosition;
                return;
            }
            position = rowPosition;
            previous = storedHash;
        }
    }
}

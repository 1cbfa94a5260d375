package ca.clientele.billing.shop;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Product pictures, kept beside the product in billing's database (ADR 0023). */
@Service
class Pictures {

    private final JdbcClient jdbc;
    private final ProductRepository products;
    private final Clock clock;

    Pictures(JdbcClient jdbc, ProductRepository products, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.clock = clock;
    }

    /** Replaces the product's picture with the clean re-encoding of {@code upload}. */
    @Transactional
    void replace(UUID productId, byte[] upload) {
        if (!products.existsById(productId)) {
            throw new ResourceNotFoundException();
        }
        PictureReencoder.Picture picture = PictureReencoder.reencode(upload);
        jdbc.sql("""
                        insert into product_picture (product_id, content_type, bytes, uploaded_at)
                        values (:id, :type, :bytes, :now)
                        on conflict (product_id) do update
                            set content_type = excluded.content_type, bytes = excluded.bytes,
                                uploaded_at = excluded.uploaded_at
                        """)
                .param("id", productId)
                .param("type", picture.contentType())
                .param("bytes", picture.bytes())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("update product set picture_type = :type where id = :id")
                .param("type", picture.contentType())
                .param("id", productId)
                .update();
    }

    /** The picture of a product the caller may see (inactive ones: staff only). */
    @Transactional(readOnly = true)
    Optional<PictureReencoder.Picture> of(UUID productId, boolean staff) {
        return jdbc.sql("""
                        select pp.content_type, pp.bytes from product_picture pp join product p on p.id = pp.product_id
                        where pp.product_id = :id and (p.active or :staff)
                        """)
                .param("id", productId)
                .param("staff", staff)
                .query((rs, row) -> new PictureReencoder.Picture(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}

package ca.clientele.billing.shop;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

    @Query("select p from Product p order by lower(p.nameFr)")
    List<Product> findAllOrdered();

    @Query("select p from Product p where p.active = true order by lower(p.nameFr)")
    List<Product> findActiveOrdered();
}

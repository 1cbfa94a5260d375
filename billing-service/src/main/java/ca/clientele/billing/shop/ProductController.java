package ca.clientele.billing.shop;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The shop's products ("Boutique"): everyone signed in reads the active ones; staff keep them. */
@RestController
@RequestMapping("/api/orders/products")
class ProductController {

    private final Products products;
    private final Pictures pictures;

    ProductController(Products products, Pictures pictures) {
        this.products = products;
        this.pictures = pictures;
    }

    /** Active products by name in the caller's language; staff may include inactive ones (ignored for clients). */
    @GetMapping
    List<ProductView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return products.list(includeInactive && caller.isStaff(), locale);
    }

    @GetMapping("/{id}")
    ProductView one(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return products.one(id, caller.isStaff(), locale);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    @PreAuthorize("hasRole('staff')")
    ResponseEntity<ProductView> create(@Valid @RequestBody ProductInput request, Locale locale) {
        ProductView product = products.create(request, locale);
        return ResponseEntity.created(URI.create("/api/orders/products/" + product.id()))
                .body(product);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('staff')")
    ProductView change(@PathVariable UUID id, @Valid @RequestBody ProductInput request, Locale locale) {
        return products.change(id, request, locale);
    }

    /** Units received or written off; refused (422) when the stock would go below zero. */
    @PostMapping("/{id}/stock-adjustments")
    @PreAuthorize("hasRole('staff')")
    ProductView adjustStock(@PathVariable UUID id, @Valid @RequestBody StockAdjustment request, Locale locale) {
        return products.adjustStock(id, request.change(), locale);
    }

    /** A JPEG or PNG of at most 2 MB, re-encoded before it is kept. */
    @PostMapping(path = "/{id}/picture", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('staff')")
    ProductView replacePicture(@PathVariable UUID id, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        pictures.replace(id, file.getBytes());
        return products.one(id, true, locale);
    }

    @GetMapping("/{id}/picture")
    ResponseEntity<byte[]> picture(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        PictureReencoder.Picture picture =
                pictures.of(id, caller.isStaff()).orElseThrow(ResourceNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(picture.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(picture.bytes());
    }
}

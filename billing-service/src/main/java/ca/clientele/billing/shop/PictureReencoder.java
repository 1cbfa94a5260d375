package ca.clientele.billing.shop;

import ca.clientele.platform.web.DomainRuleException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded picture into a clean image: the format is decided by the file's first bytes (ImageIO's readers
 * recognise their magic numbers; the name and the browser's type are never asked), only JPEG and PNG are accepted,
 * the dimensions are read from the header before any pixel is allocated, and the image is written again from its
 * pixels, so no metadata (EXIF position, comments) nor trailing bytes of the upload survive. A JPEG stays JPEG,
 * a PNG stays PNG.
 */
final class PictureReencoder {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final long MAX_PIXELS = 25_000_000L;

    static {
        // ImageIO would otherwise cache the stream in a temporary file.
        ImageIO.setUseCache(false);
    }

    private PictureReencoder() {}

    record Picture(String contentType, byte[] bytes) {}

    static Picture reencode(byte[] upload) {
        if (upload.length == 0) {
            throw new DomainRuleException("shop.picture.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new DomainRuleException("shop.picture.too-large", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                boolean jpeg = format.equals("jpeg") || format.equals("jpg");
                if (!jpeg && !format.equals("png")) {
                    throw notAnImage();
                }
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new DomainRuleException("shop.picture.too-many-pixels", MAX_PIXELS / 1_000_000);
                }
                BufferedImage pixels = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(jpeg ? opaque(pixels) : pixels, jpeg ? "jpeg" : "png", out)) {
                    throw notAnImage();
                }
                return new Picture(jpeg ? "image/jpeg" : "image/png", out.toByteArray());
            } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException e) {
                throw notAnImage();
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw notAnImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static DomainRuleException notAnImage() {
        return new DomainRuleException("shop.picture.not-an-image");
    }
}

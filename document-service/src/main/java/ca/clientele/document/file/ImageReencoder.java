package ca.clientele.document.file;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.HttpStatus;

/**
 * Re-encodes an uploaded image from its pixels only, so that nothing of the original file survives: no EXIF (GPS
 * position, camera, date), no comment, no trailing data. Also draws its thumbnail. JPEG stays JPEG; PNG and GIF
 * become PNG (a GIF's first frame).
 */
final class ImageReencoder {

    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    static final int THUMBNAIL_SIZE = 256;

    static {
        // ImageIO would otherwise cache an image stream in a plaintext temporary file.
        ImageIO.setUseCache(false);
    }

    private final long maxPixels;

    ImageReencoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The type the re-encoded image (and its thumbnail) has. */
    static String outputType(String detectedType) {
        return detectedType.equals("image/jpeg") ? "image/jpeg" : "image/png";
    }

    /** Decodes {@code original} (after checking its dimensions), writes the clean image and its thumbnail. */
    void reencode(InputStream original, String detectedType, OutputStream image, OutputStream thumbnail)
            throws IOException {
        BufferedImage pixels = decode(original);
        String format = outputType(detectedType).equals("image/jpeg") ? "jpeg" : "png";
        write(opaqueIfJpeg(pixels, format), format, image);
        write(thumbnailOf(pixels, format), format, thumbnail);
    }

    private BufferedImage decode(InputStream original) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The header only: width and height, before a single pixel is allocated.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new UploadRejectedException(
                            HttpStatus.UNPROCESSABLE_CONTENT, "document.image-too-large", maxPixels / 1_000_000);
                }
                return reader.read(0);
            } catch (IIOException | IndexOutOfBoundsException e) {
                throw unreadable();
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage opaqueIfJpeg(BufferedImage image, String format) {
        if (!format.equals("jpeg") || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        return scaled(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    }

    private static BufferedImage thumbnailOf(BufferedImage image, String format) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return scaled(
                image,
                width,
                height,
                format.equals("jpeg") ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_INT_ARGB);
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static void write(BufferedImage image, String format, OutputStream out) throws IOException {
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("No ImageIO writer for " + format);
        }
    }

    private static UploadRejectedException unreadable() {
        return new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.image-unreadable");
    }
}

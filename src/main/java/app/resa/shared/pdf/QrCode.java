package app.resa.shared.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jspecify.annotations.Nullable;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code for a printed ticket or coupon, drawn as filled rectangles (sharp at any printer
 * resolution; the page around it is its quiet zone).
 *
 * <p>The encoder picks the mask pattern the standard's penalty rules score best, yet some codes
 * so made are not found by ZXing's reader — which many check-in scanners run: the ticket secret
 * {@code ytP153nSRPru57xYEhDYv3n9wxo} was one (a flaky print test showed it). So the code is read
 * back before it is printed, and when the reader cannot find it, the next of the eight masks is
 * tried. Any mask is valid QR; scanners read the mask from the code itself.
 */
public final class QrCode {

    private static final int MASKS = 8;
    /** Pixels per module and quiet-zone modules of the image the code is read back from. */
    private static final int SCALE = 4;
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** Draws the code for {@code value} as a {@code size}-point square with its lower left corner at (x, y). */
    public static void draw(PDPageContentStream content, String value, float x, float y, float size)
            throws IOException {
        BitMatrix matrix = readable(value);
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                // One rectangle per run of dark modules: fewer, and no seams between them.
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                content.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }

    /** The modules of a code for {@code value} that a ZXing reader finds and reads back as {@code value}. */
    static BitMatrix readable(String value) {
        BitMatrix chosen = encode(value, null);
        if (readsBack(chosen, value)) {
            return chosen;
        }
        for (int mask = 0; mask < MASKS; mask++) {
            BitMatrix other = encode(value, mask);
            if (readsBack(other, value)) {
                return other;
            }
        }
        // With none readable (never seen), the encoder's own choice is still a valid code.
        return chosen;
    }

    /** The encoder's code for {@code value}, with the given mask pattern or the one it scores best. */
    static BitMatrix encode(String value, @Nullable Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code holds " + value.length() + " characters", e);
        }
    }

    /** Whether ZXing's reader finds the code in a clean image of it and reads {@code value}. */
    static boolean readsBack(BitMatrix matrix, String value) {
        int modules = matrix.getWidth();
        int width = (modules + 2 * QUIET_ZONE) * SCALE;
        byte[] grey = new byte[width * width];
        Arrays.fill(grey, (byte) 0xff);
        for (int row = 0; row < modules; row++) {
            for (int col = 0; col < modules; col++) {
                if (matrix.get(col, row)) {
                    for (int dy = 0; dy < SCALE; dy++) {
                        int offset = ((row + QUIET_ZONE) * SCALE + dy) * width + (col + QUIET_ZONE) * SCALE;
                        Arrays.fill(grey, offset, offset + SCALE, (byte) 0);
                    }
                }
            }
        }
        var image = new PlanarYUVLuminanceSource(grey, width, width, 0, 0, width, width, false);
        try {
            return value.equals(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}

package org.palpa.adapter.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An opaque chart as a lossless PDF image: its RGB rows in PNG's "Up" form, deflated once. PDFBox's
 * {@link LosslessFactory} tries all five PNG predictors on every row and reads each pixel through
 * its colour model, which took about a fifth of a one-hour session's report; a chart is mostly flat
 * colour and horizontal lines, which the one predictor turns into runs of zeros just as well.
 * An image with any transparency, or not stored as one int per pixel, goes to {@link LosslessFactory},
 * which keeps transparency as a soft mask.
 */
final class FlateImage {
    private FlateImage() {
    }

    static PDImageXObject of(PDDocument doc, BufferedImage image) throws IOException {
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        if ((!alpha && image.getType() != BufferedImage.TYPE_INT_RGB)
                || !(image.getRaster().getDataBuffer() instanceof DataBufferInt pixels)
                || image.getRaster().getMinX() != 0 || image.getRaster().getMinY() != 0) {
            return LosslessFactory.createFromImage(doc, image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = pixels.getData();
        if (argb.length != width * height) {
            return LosslessFactory.createFromImage(doc, image);
        }
        // rows in PNG's "Up" form (PDF's predictor 12): a filter byte, then each byte less the one
        // above it, which turns a chart's flat areas and horizontal lines into runs of zeros
        int row = width * 3;
        byte[] rgb = new byte[height * (row + 1)];
        for (int y = 0, j = 0; y < height; y++) {
            rgb[j++] = 2;
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                if (alpha && p >>> 24 != 0xFF) {
                    return LosslessFactory.createFromImage(doc, image);
                }
                int q = y == 0 ? 0 : argb[(y - 1) * width + x];
                rgb[j++] = (byte) ((p >> 16) - (q >> 16));
                rgb[j++] = (byte) ((p >> 8) - (q >> 8));
                rgb[j++] = (byte) (p - q);
            }
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(rgb.length / 8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed, deflater, 1 << 16)) {
            out.write(rgb);
        } finally {
            deflater.end();
        }
        PDImageXObject x = new PDImageXObject(doc, new ByteArrayInputStream(packed.toByteArray()), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceRGB.INSTANCE);
        COSDictionary predictor = new COSDictionary();
        predictor.setInt(COSName.PREDICTOR, 12);
        predictor.setInt(COSName.COLORS, 3);
        predictor.setInt(COSName.BITS_PER_COMPONENT, 8);
        predictor.setInt(COSName.COLUMNS, width);
        x.getCOSObject().setItem(COSName.DECODE_PARMS, predictor);
        return x;
    }
}

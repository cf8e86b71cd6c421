package org.palpa.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Charts go into the PDF losslessly: PDFBox decodes the image back to the very pixels drawn. */
class FlateImageTest {

    @Test
    void givenAnOpaqueChart_thenThePdfImageDecodesToTheSamePixels() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage chart = chart(type, 255);
            try (PDDocument doc = new PDDocument()) {
                PDImageXObject x = FlateImage.of(doc, chart);
                assertThat(x.getCOSObject().getDictionaryObject(COSName.SMASK)).isNull();
                assertThat(samePixels(chart, x.getImage())).as("image type %d", type).isTrue();
            }
        }
    }

    @Test
    void givenATranslucentImage_thenItKeepsItsTransparencyAsASoftMask() throws Exception {
        BufferedImage image = chart(BufferedImage.TYPE_INT_ARGB, 128);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject x = FlateImage.of(doc, image);
            assertThat(x.getCOSObject().getDictionaryObject(COSName.SMASK)).isNotNull();
        }
    }

    private static BufferedImage chart(int type, int alpha) {
        BufferedImage image = new BufferedImage(317, 101, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 250, 245, alpha));
        g.fillRect(0, 0, 317, 101);
        for (int x = 0; x < 317; x++) {
            g.setColor(new Color((x * 7) % 256, (x * 13) % 256, 255 - x % 256, alpha));
            g.fillRect(x, 50 + (int) (40 * Math.sin(x / 9.0)), 1, 3);
        }
        g.dispose();
        return image;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }
}

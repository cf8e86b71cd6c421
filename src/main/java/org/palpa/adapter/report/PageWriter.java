package org.palpa.adapter.report;

import java.util.ArrayList;
import java.util.List;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lays text, tables and images down A4 pages from the top, starting a new page when one is full. */
final class PageWriter implements AutoCloseable {
    static final float MARGIN = 50;
    private final PDDocument doc;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PageWriter(PDDocument doc, String footer) throws IOException {
        this.doc = doc;
        this.footer = footer;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages++;
        content = new PDPageContentStream(doc, page);
        text(regular, 8, MARGIN, 25, footer + "   page " + pages);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void title(String s) throws IOException {
        room(24);
        y -= 18;
        text(bold, 16, MARGIN, y, s);
        y -= 10;
    }

    void heading(String s) throws IOException {
        room(40);
        y -= 20;
        text(bold, 12, MARGIN, y, s);
        y -= 6;
    }

    /** A label and its value; a long value wraps within the page, its lines indented under the first. */
    void field(String label, String value) throws IOException {
        boolean first = true;
        for (String part : wrap(regular, 9.5f, width() - 110, value)) {
            room(14);
            y -= 13;
            if (first) {
                text(bold, 9.5f, MARGIN, y, label);
                first = false;
            }
            text(regular, 9.5f, MARGIN + 110, y, part);
        }
    }

    /** A paragraph, wrapped within the page. */
    void line(String s) throws IOException {
        for (String part : wrap(regular, 9.5f, width(), s)) {
            room(14);
            y -= 13;
            text(regular, 9.5f, MARGIN, y, part);
        }
    }

    void monoLine(String s) throws IOException {
        for (String part : wrap(mono, 8.5f, width(), s)) {
            room(12);
            y -= 11;
            text(mono, 8.5f, MARGIN, y, part);
        }
    }

    /**
     * Splits {@code s} into lines no wider than {@code maxWidth} points, breaking after spaces
     * where it can and inside a word (a hash, a path) only when one word is wider than a line.
     */
    static List<String> wrap(PDType1Font font, float size, float maxWidth, String s) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("(?<= )")) {
            String candidate = line + word;
            if (width(font, size, candidate.stripTrailing()) <= maxWidth) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest.stripTrailing()) > maxWidth) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(encodable(font, s)) / 1000 * size;
    }

    /** A table row; {@code header} rows are bold. Columns start at the given x offsets from the margin. */
    void row(float[] columns, String[] cells, boolean header) throws IOException {
        room(13);
        y -= 12;
        for (int i = 0; i < cells.length; i++) {
            text(header ? bold : regular, 8.5f, MARGIN + columns[i], y, cells[i]);
        }
    }

    void image(BufferedImage image, float widthPt) throws IOException {
        float heightPt = widthPt * image.getHeight() / image.getWidth();
        room(heightPt + 8);
        PDImageXObject x = FlateImage.of(doc, image);
        y -= heightPt + 4;
        content.drawImage(x, MARGIN, y, widthPt, heightPt);
    }

    private void text(PDType1Font font, float size, float x, float atY, String s) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(encodable(font, s));
        content.endText();
    }

    /** Replaces what the standard PDF fonts cannot show (their WinAnsi encoding) with '?'. */
    private static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            try {
                font.encode(String.valueOf(c));
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}

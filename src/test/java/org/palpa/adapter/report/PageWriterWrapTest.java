package org.palpa.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** No line of a report runs off the page: long values wrap, and a word wider than a line is cut. */
class PageWriterWrapTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void givenALongCalibrationLine_thenEveryWrappedLineFitsAndNoTextIsLost() throws Exception {
        String text = "thumb=sim-glove-raw_SIM-1_thumb_20261201T230503Z (sha256:665df9db9b3e7e74171781007bbe28fd2e1364b5fe"
                + "1187610358960ad692262e), power, held-out max error 0.107 N (0.27% of full scale 39.23 N)";
        List<String> lines = PageWriter.wrap(FONT, 9.5f, 300, text);
        assertThat(lines).hasSizeGreaterThan(1);
        for (String l : lines) {
            assertThat(FONT.getStringWidth(l) / 1000 * 9.5f).isLessThanOrEqualTo(300f);
        }
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}

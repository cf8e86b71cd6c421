package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FittedLabelTest {
    private final Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    }

    @Test
    void aLabelThatFitsKeepsItsSize() {
        FittedLabel l = FittedLabel.fit(g, "OVER", 15f, 200);

        assertThat(l.lines()).containsExactly("OVER");
        assertThat(l.font().getSize2D()).isEqualTo(15f);
    }

    @Test
    void fiveNotTrackedLabelsSideBySideNeverRunIntoEachOther() {
        int slot = 64; // five fingers in a 320-pixel glove view
        int room = slot - GloveBars.LABEL_GAP;
        FittedLabel l = FittedLabel.fit(g, DisplayState.NOT_TRACKED.label(), 15f, room);

        assertThat(l.width(g)).isLessThanOrEqualTo(room);
        assertThat(String.join(" ", l.lines())).isEqualTo(DisplayState.NOT_TRACKED.label());
        // centred in its own slot, each label keeps GLOVE_GAP pixels from the next one
        int left = (slot - l.width(g)) / 2;
        assertThat(left + l.width(g)).isLessThanOrEqualTo(slot - GloveBars.LABEL_GAP / 2);
    }

    @Test
    void aLabelTooLongEvenOnTwoLinesIsCutWithAnEllipsisWithinItsRoom() {
        FittedLabel l = FittedLabel.fit(g, "BEYONDCALIBRATIONRANGE", 15f, 40);

        assertThat(l.lines()).singleElement().satisfies(s -> assertThat(s).endsWith("…"));
        assertThat(l.width(g)).isLessThanOrEqualTo(40);
        assertThat(l.font().getSize2D()).isEqualTo(FittedLabel.SMALLEST);
    }
}

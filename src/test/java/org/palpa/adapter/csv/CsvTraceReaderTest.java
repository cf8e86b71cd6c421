package org.palpa.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

class CsvTraceReaderTest {

    private static List<Frame> read(String csv) throws Exception {
        List<Frame> frames = new ArrayList<>();
        try (CsvTraceReader r = new CsvTraceReader("t.csv", new StringReader(csv), Unit.NEWTON)) {
            r.forEach(frames::add);
        }
        return frames;
    }

    @Test
    void aHeaderNamesTheChannelsAndTheRateIsTheMedianInterval() throws Exception {
        try (CsvTraceReader r = new CsvTraceReader("t.csv",
                new StringReader("time,thumb,index\n0,1,2\n0.01,1,2\n0.02,1,2\n0.031,1,2\n"), Unit.NEWTON)) {
            assertThat(r.device().channelNames()).containsExactly("thumb", "index");
            assertThat(r.device().nominalRateHz()).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void withoutAHeaderTheChannelsAreNumbered() throws Exception {
        List<Frame> frames = read("# a comment\n0,5\n\n0.5,6\n1.0,7\n");
        assertThat(frames).extracting(f -> f.value(0)).containsExactly(5.0, 6.0, 7.0);
        assertThat(frames).extracting(Frame::timestampNanos).containsExactly(0L, 500_000_000L, 1_000_000_000L);
    }

    @Test
    void aNonNumericCellIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("time,probe\n0,1\n0.01,2\n0.02,abc\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.csv:4: column 2 (probe): 'abc' is not a number");
    }

    @Test
    void aMissingCellIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("time,a,b\n0,1,2\n0.01,2\n"))
                .hasMessage("t.csv:3: missing cells: expected 3 columns (time + 2 channels), found 2");
        assertThatThrownBy(() -> read("time,a,b\n0,1,2\n0.01,,2\n"))
                .hasMessage("t.csv:3: column 2 (a): cell is empty");
    }

    @Test
    void nanAndInfinityAreRefused() {
        assertThatThrownBy(() -> read("time,a\n0,1\n0.01,NaN\n")).hasMessage("t.csv:3: column 2 (a): 'NaN' is not a finite number");
        assertThatThrownBy(() -> read("time,a\n0,1\n0.01,Infinity\n")).hasMessageContaining("not a finite number");
    }

    @Test
    void timeThatGoesBackwardsIsRefusedEvenLateInTheFile() {
        StringBuilder csv = new StringBuilder("time,a\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i * 0.01).append(",1\n");
        }
        csv.append("1.5,1\n");
        assertThatThrownBy(() -> read(csv.toString()))
                .hasMessage("t.csv:202: column 1 (time): time 1.5 s does not increase (previous row was at 1.99 s)");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThatThrownBy(() -> read("")).hasMessage("t.csv: the file has no data rows");
        assertThatThrownBy(() -> read("time,a\n0,1\n")).hasMessageContaining("at least two data rows");
    }
}

package org.palpa.adapter.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.palpa.core.ppt.PptRecordText;
import org.palpa.core.record.RecordedEvent;

/** The report's section on pressure pain thresholds: each trial and the result per site, when the session has any. */
final class PptReportSection {
    private static final float[] COLUMNS = {0, 30, 70, 160, 240, 300};

    private PptReportSection() {
    }

    static void write(PageWriter w, List<RecordedEvent> events, long origin) throws IOException {
        List<RecordedEvent> trials = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.PPT_TRIAL).toList();
        if (trials.isEmpty()) {
            return;
        }
        w.heading("Pressure pain threshold");
        w.row(COLUMNS, new String[] {"trial", "at s", "site", "threshold kPa", "valid", "note"}, true);
        for (RecordedEvent e : trials) {
            var t = PptRecordText.read(e.detail(), e.value());
            String detail = e.detail();
            String note = detail.contains("invalid: ") ? detail.substring(detail.indexOf("invalid: ") + 9, detail.indexOf(';'))
                    : e.value() == null ? detail.substring(detail.indexOf(": ") + 2) : "";
            w.row(COLUMNS, new String[] {t.map(x -> Integer.toString(x.trial())).orElse("?"),
                String.format(Locale.ROOT, "%.1f", (e.timestampNanos() - origin) / 1e9),
                t.map(x -> x.site().toString()).orElse("?"),
                e.value() == null ? "none" : String.format(Locale.ROOT, "%.1f", e.value()),
                t.map(x -> x.valid() ? "yes" : "no").orElse("?"), note}, false);
        }
        for (RecordedEvent e : events) {
            if (e.kind() == RecordedEvent.Kind.PPT_RESULT) {
                w.line("Result " + e.detail());
            }
        }
        w.line("Thresholds are corrected for the press path's known delays; see docs/ppt.md.");
    }
}

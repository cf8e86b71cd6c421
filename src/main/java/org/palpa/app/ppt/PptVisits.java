package org.palpa.app.ppt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palpa.app.port.SessionReader;
import org.palpa.core.ppt.PptRecordText;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.RealChange;
import org.palpa.core.ppt.SemSource;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.StoredSession;

/**
 * Reads the thresholds kept in the store back: a client's visits at a site, and every session's
 * repeats at a site for the clinic's own SEM.
 */
public final class PptVisits {
    private final SessionReader reader;

    public PptVisits(SessionReader reader) {
        this.reader = reader;
    }

    /**
     * One session's measurement at a site.
     *
     * @param session    the stored session
     * @param site       the site as recorded (with its side)
     * @param thresholds the valid trials' thresholds, kPa
     * @param trials     every trial recorded, valid or not
     */
    public record Visit(StoredSession session, PptSite site, double[] thresholds, int trials) {
        public Visit {
            thresholds = thresholds.clone();
        }

        @Override
        public double[] thresholds() {
            return thresholds.clone();
        }

        /** The mean of the valid trials; NaN with none. */
        public double meanKpa() {
            return thresholds.length == 0 ? Double.NaN : java.util.Arrays.stream(thresholds).average().orElseThrow();
        }

        /** Their sample SD; NaN with fewer than two. */
        public double sdKpa() {
            if (thresholds.length < 2) {
                return Double.NaN;
            }
            double m = meanKpa();
            double ss = java.util.Arrays.stream(thresholds).map(x -> (x - m) * (x - m)).sum();
            return Math.sqrt(ss / (thresholds.length - 1));
        }
    }

    /** The visits of {@code client} at {@code site} (either side when none is given), oldest first. */
    public List<Visit> visits(String client, PptSite site) {
        return visits(new SessionReader.Filter(client, null, null, null, null), site);
    }

    /** One session's measurement at {@code site}, if it has one. */
    public Optional<Visit> visit(long sessionId, PptSite site) {
        return reader.find(sessionId).flatMap(s -> of(s, site));
    }

    /** The SEM at {@code site}: the clinic's own when it has enough repeats there, else the published default. */
    public SemSource sem(PptSite site) {
        List<double[]> repeats = new ArrayList<>();
        for (Visit v : visits(SessionReader.Filter.ALL, new PptSite(site.site(), null))) {
            repeats.add(v.thresholds());
        }
        return RealChange.semFor(site, repeats);
    }

    private List<Visit> visits(SessionReader.Filter filter, PptSite site) {
        List<Visit> out = new ArrayList<>();
        for (StoredSession s : reader.list(filter)) {
            if (s.meta().source().startsWith("ppt ")) {
                of(s, site).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Visit> of(StoredSession s, PptSite site) {
        List<Double> valid = new ArrayList<>();
        PptSite seen = null;
        int trials = 0;
        for (RecordedEvent e : reader.events(s.id())) {
            if (e.kind() != RecordedEvent.Kind.PPT_TRIAL) {
                continue;
            }
            Optional<PptRecordText.StoredTrial> t = PptRecordText.read(e.detail(), e.value());
            if (t.isPresent() && site.matches(t.get().site())) {
                seen = t.get().site();
                trials++;
                if (t.get().valid()) {
                    valid.add(t.get().thresholdKpa());
                }
            }
        }
        return seen == null ? Optional.empty() : Optional.of(new Visit(s, seen,
                valid.stream().mapToDouble(Double::doubleValue).toArray(), trials));
    }
}

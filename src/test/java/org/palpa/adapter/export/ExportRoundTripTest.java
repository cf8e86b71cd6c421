package org.palpa.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** Exports a recorded glove session and reads each export back with an independent reader. */
class ExportRoundTripTest {
    @TempDir
    Path dir;
    JdbcSessionStore store;
    StoredSession session;
    List<SampleChunk> chunks = new ArrayList<>();

    @BeforeEach
    void record() throws Exception {
        store = JdbcSessionStore.openSqlite(dir.resolve("data"));
        long id = Recordings.record(store, SimulatedDeviceSpec.glove(), 9, 30, 0).result().sessionId();
        store.forEachChunk(id, chunks::add);
        session = store.find(id).orElseThrow();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private double calibrated(long frame, int channel) {
        int n = 0;
        for (SampleChunk c : chunks) {
            if (frame < n + c.frameCount()) {
                return c.calibratedNewtons((int) (frame - n), channel);
            }
            n += c.frameCount();
        }
        throw new IndexOutOfBoundsException("frame " + frame);
    }

    @Test
    void csvIsTidyWithWallClockTimesAndASidecarWithoutTheClientsName() throws Exception {
        Path csv = dir.resolve("s.csv");
        Path sidecar = CsvSessionExport.write(store, session, csv, false, ExportProgress.NONE);
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(rows).hasSize(6000 * 5);
        CSVRecord row = rows.get(5 * 1234 + 2);
        assertThat(row.get("channel")).isEqualTo("middle");
        assertThat(Long.parseLong(row.get("sequence"))).isEqualTo(1234);
        assertThat(Double.parseDouble(row.get("calibrated_n"))).isEqualTo(calibrated(1234, 2), within(1e-6));
        assertThat(Instant.parse(row.get("time_utc")))
                .isEqualTo(Instant.ofEpochMilli(session.meta().startedAtEpochMillis()).plusNanos(1234 * 5_000_000L));
        JsonNode meta = new ObjectMapper().readTree(sidecar.toFile());
        assertThat(meta.get("schema").asText()).isEqualTo("palpa.session/1");
        assertThat(meta.get("client").get("code").asText()).isEqualTo("C-0042");
        assertThat(meta.get("client").has("name")).isFalse();
        assertThat(Files.readString(sidecar)).doesNotContain("Mustermann");
        assertThat(meta.get("holds")).hasSize(store.holds(session.id()).size());
        assertThat(meta.get("integrity").get("head").asText()).isEqualTo(session.chainHead());
    }

    @Test
    void jsonHoldsEverySampleAndTheMetadata() throws Exception {
        Path json = dir.resolve("s.json");
        JsonSessionExport.write(store, session, json, true, ExportProgress.NONE);
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.get("client").get("name").asText()).isEqualTo("Erika Mustermann");
        assertThat(doc.get("samples")).hasSize(6000);
        JsonNode s = doc.get("samples").get(4321);
        assertThat(s.get("sequence").asLong()).isEqualTo(4321);
        assertThat(s.get("t").asDouble()).isEqualTo(4321 * 0.005, within(1e-9));
        assertThat(s.get("calibratedN").get(0).asDouble()).isEqualTo(calibrated(4321, 0), within(1e-6));
        assertThat(doc.get("events").findValuesAsText("kind")).contains(RecordedEvent.Kind.SESSION_END.name());
    }

    @Test
    void edfReadsBackThroughMneWithTheSameValuesWithinQuantisation() throws Exception {
        Mne.assumeInstalled();
        Path edf = dir.resolve("s.edf");
        EdfSessionExport.write(store, session, edf, false, ExportProgress.NONE);
        Path script = dir.resolve("read.py");
        Files.writeString(script, """
                import sys, json, mne
                raw = mne.io.read_raw_edf(sys.argv[1], preload=True, verbose='error')
                d = raw.get_data()
                print(json.dumps({'sfreq': raw.info['sfreq'], 'names': raw.ch_names, 'n': int(raw.n_times),
                    'frame777': [float(x) for x in d[:, 777]], 'last': [float(x) for x in d[:, -1]],
                    'annotations': [[float(a['onset']), float(a['duration']), a['description']] for a in raw.annotations]}))
                """);
        Process p = new ProcessBuilder(Mne.PYTHON, script.toString(), edf.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("MNE failed: %s", err).isZero();
        JsonNode mne = new ObjectMapper().readTree(out);

        assertThat(mne.get("sfreq").asDouble()).isEqualTo(200.0);
        assertThat(mne.get("n").asLong()).isEqualTo(6000);
        assertThat(mne.get("names").toString()).isEqualTo("[\"thumb\",\"index\",\"middle\",\"ring\",\"little\"]");
        double[] maxima = new double[5];
        double[] minima = new double[5];
        for (SampleChunk c : chunks) {
            for (int i = 0; i < c.frameCount(); i++) {
                for (int ch = 0; ch < 5; ch++) {
                    maxima[ch] = Math.max(maxima[ch], c.calibratedNewtons(i, ch));
                    minima[ch] = Math.min(minima[ch], c.calibratedNewtons(i, ch));
                }
            }
        }
        for (int ch = 0; ch < 5; ch++) {
            double step = (maxima[ch] - minima[ch] + 2e-6) / 65535; // one 16-bit step over the (rounded-out) physical range
            assertThat(mne.get("frame777").get(ch).asDouble()).isEqualTo(calibrated(777, ch), within(step));
            assertThat(mne.get("last").get(ch).asDouble()).isEqualTo(calibrated(5999, ch), within(step));
        }
        JsonNode annotations = mne.get("annotations");
        assertThat(annotations).hasSize(store.holds(session.id()).size() + store.events(session.id()).size());
        assertThat(annotations.get(0).get(2).asText()).startsWith("hold 1 thumb");
        JsonNode end = annotations.get(annotations.size() - 1);
        assertThat(end.get(2).asText()).isEqualTo("session_end reached 30 s");
        assertThat(end.get(0).asDouble()).isEqualTo(29.995, within(1e-6));
    }
}

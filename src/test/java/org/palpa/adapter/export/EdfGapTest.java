package org.palpa.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.ChunkBuilder;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** A hand-made session with missing frames and a pain score, exported to EDF+ and read back by MNE. */
class EdfGapTest {
    @TempDir
    Path dir;

    @Test
    void missingFramesAreFilledAndAnnotatedAndTheLastRecordIsPadded() throws Exception {
        Mne.assumeInstalled();
        DeviceInfo device = new DeviceInfo("gauge", "G1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 10);
        SessionMeta meta = Recordings.meta(device, "hand-made");
        Path edf = dir.resolve("gap.edf");
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            String head = IntegrityChain.genesis(meta);
            long id = store.create(meta, head);
            ChunkBuilder chunks = new ChunkBuilder(1, 10);
            List<ChainEntry> entries = new ArrayList<>();
            for (long seq = 0; seq < 25; seq++) {
                if (seq >= 10 && seq < 15) {
                    continue; // five frames lost on the link
                }
                chunks.add(seq * 100_000_000L, seq, new double[] {seq}, new double[] {seq});
                if (chunks.isFull()) {
                    ChainEntry.Item item = new ChainEntry.Chunk(chunks.take());
                    head = IntegrityChain.link(head, item);
                    entries.add(new ChainEntry(entries.size() + 1, head, item));
                }
            }
            ChainEntry.Item pain = new ChainEntry.Event(RecordedEvent.pain(1_600_000_000L, 7, "sharp"));
            head = IntegrityChain.link(head, pain);
            entries.add(new ChainEntry(entries.size() + 1, head, pain));
            store.append(id, entries, 20, 0);
            store.finish(id, SessionStatus.COMPLETE, meta.startedAtEpochMillis() + 3000, "test");
            EdfSessionExport.write(store, store.find(id).orElseThrow(), edf, false, ExportProgress.NONE);
        }
        Path script = dir.resolve("read.py");
        Files.writeString(script, """
                import sys, json, mne
                raw = mne.io.read_raw_edf(sys.argv[1], preload=True, verbose='error')
                print(json.dumps({'data': [float(x) for x in raw.get_data()[0]],
                    'annotations': [[float(a['onset']), float(a['duration']), a['description']] for a in raw.annotations]}))
                """);
        Process p = new ProcessBuilder(Mne.PYTHON, script.toString(), edf.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("MNE failed: %s", err).isZero();
        JsonNode mne = new ObjectMapper().readTree(out);

        double step = 24.0 / 65535;
        double[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 24, 24, 24, 24, 24};
        assertThat(mne.get("data")).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(mne.get("data").get(i).asDouble()).as("sample %d", i).isEqualTo(expected[i], within(step));
        }
        JsonNode a = mne.get("annotations");
        assertThat(a).hasSize(3);
        assertThat(a.get(0).get(0).asDouble()).isEqualTo(1.0);
        assertThat(a.get(0).get(1).asDouble()).isEqualTo(0.5);
        assertThat(a.get(0).get(2).asText()).isEqualTo("5 frames missing from the record; filled with the last value");
        assertThat(a.get(1).get(2).asText()).isEqualTo("pain 7/10 sharp");
        assertThat(a.get(1).get(0).asDouble()).isEqualTo(1.6, within(1e-9));
        assertThat(a.get(2).get(0).asDouble()).isEqualTo(2.5);
        assertThat(a.get(2).get(2).asText()).startsWith("end of recording");
    }
}

package org.palpa.adapter.ui.sound;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays cues on a thread of its own, so the window never waits for the sound card. A machine
 * without a sound device still runs: the player says so once in {@link #status()} and stays
 * silent. Cues asked for while another is still queued are counted and skipped.
 */
public final class CuePlayer implements CueOutput, AutoCloseable {
    private static final AudioFormat FORMAT = new AudioFormat(SoundCue.SAMPLE_RATE, 16, 1, true, false);

    private final BlockingQueue<SoundCue> queue = new ArrayBlockingQueue<>(2);
    private final Map<Volume, Map<SoundCue, byte[]>> rendered = new EnumMap<>(Volume.class);
    private final AtomicLong skipped = new AtomicLong();
    private final Thread thread;
    private volatile Volume volume = Volume.MEDIUM;
    private volatile String status = "sound on";
    private boolean failed;

    public CuePlayer() {
        for (Volume v : Volume.values()) {
            Map<SoundCue, byte[]> m = new EnumMap<>(SoundCue.class);
            for (SoundCue c : SoundCue.values()) {
                m.put(c, c.render(v));
            }
            rendered.put(v, m);
        }
        thread = new Thread(this::run, "palpa-sound");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for {@code cue}; returns at once. */
    @Override
    public void play(SoundCue cue) {
        if (volume != Volume.MUTE && !queue.offer(cue)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void setVolume(Volume v) {
        volume = v;
    }

    public Volume volume() {
        return volume;
    }

    /** A few words for the status bar: on, muted, or why there is no sound. */
    @Override
    public String status() {
        return volume == Volume.MUTE && status.equals("sound on") ? "sound muted" : status;
    }

    private void run() {
        SourceDataLine line = null;
        try {
            while (true) {
                SoundCue cue = queue.take();
                if (line == null) {
                    if (failed) {
                        continue;
                    }
                    line = open();
                    if (line == null) {
                        continue;
                    }
                }
                byte[] pcm = rendered.get(volume).get(cue);
                line.write(pcm, 0, pcm.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (line != null) {
                line.close();
            }
        }
    }

    private SourceDataLine open() {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT);
            line.open(FORMAT, (int) (SoundCue.SAMPLE_RATE * 2 * 0.05));
            line.start();
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            status = "no sound device";
            org.slf4j.LoggerFactory.getLogger(CuePlayer.class).warn("no sound: {}", e.getMessage());
            failed = true;
            queue.clear();
            return null;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}

package org.palpa.core.protocol;

import static org.palpa.core.protocol.PalpaFrames.HEADER;
import static org.palpa.core.protocol.PalpaFrames.MAX_PAYLOAD;
import static org.palpa.core.protocol.PalpaFrames.OVERHEAD;
import static org.palpa.core.protocol.PalpaFrames.SYNC0;
import static org.palpa.core.protocol.PalpaFrames.SYNC1;
import static org.palpa.core.protocol.PalpaFrames.u16;
import static org.palpa.core.protocol.PalpaFrames.u32;

import java.util.function.Consumer;

/**
 * Decodes Palpa binary frames (protocol v1, see {@link PalpaFrames}). A bad CRC or an absurd
 * length makes it step one byte past the false sync and hunt for the next {@code AA 55}, so one
 * damaged frame costs only itself. A HELLO is a device restart only when its clock went
 * backwards; one answering IDENTIFY mid-stream keeps the device time, the sequence and so the
 * host-clock mapping continuous. Bytes are copied into one fixed buffer; nothing is allocated
 * except the values emitted.
 */
public final class PalpaBinaryDecoder implements StreamDecoder {
    /**
     * How far ahead of the last device time a HELLO may be and still continue the same clock: the
     * answer to the host's IDENTIFY mid-stream. The host waits at most 2 s for it (docs/devices.md),
     * so 10 s leaves room; a clock that went backwards (a boot) is a wrap away and always restarts.
     */
    static final long HELLO_CONTINUES_MICROS = 10_000_000L;
    private final byte[] buf = new byte[2 * (OVERHEAD + MAX_PAYLOAD)];
    private final DecoderStats stats = new DecoderStats();
    private final WrapCounter sequence = new WrapCounter(16);
    private final WrapCounter micros = new WrapCounter(32);
    private final PalpaPayloads payloads = new PalpaPayloads();
    private int start;
    private int end;
    private long streamOffset;
    private boolean hunting;

    @Override
    public void feed(byte[] bytes, int offset, int length, Consumer<? super Decoded> out) {
        stats.bytes += length;
        int off = offset;
        int left = length;
        while (left > 0) {
            if (end == buf.length) {
                compact();
            }
            int n = Math.min(left, buf.length - end);
            System.arraycopy(bytes, off, buf, end, n);
            end += n;
            off += n;
            left -= n;
            parse(out);
        }
    }

    private void parse(Consumer<? super Decoded> out) {
        while (true) {
            int avail = end - start;
            if (avail == 0) {
                return;
            }
            if ((buf[start] & 0xFF) != SYNC0) {
                skipToNextSync();
                continue;
            }
            if (avail < 2) {
                return;
            }
            if ((buf[start + 1] & 0xFF) != SYNC1) {
                skip(1);
                continue;
            }
            if (avail < 4) {
                return;
            }
            int n = u16(buf, start + 2);
            if (n > MAX_PAYLOAD) {
                corrupt(out, Decoded.Problem.BAD_LENGTH, "length " + n + " exceeds " + MAX_PAYLOAD);
                skip(1);
                continue;
            }
            if (avail < OVERHEAD + n) {
                return;
            }
            int expected = u16(buf, start + HEADER + n);
            int actual = Crc16.of(buf, start + 2, HEADER - 2 + n);
            if (expected != actual) {
                corrupt(out, Decoded.Problem.BAD_CHECKSUM, String.format(java.util.Locale.ROOT,
                        "CRC %04X, frame says %04X", actual, expected));
                skip(1);
                continue;
            }
            hunting = false;
            accept(n, out);
            advance(OVERHEAD + n);
        }
    }

    private void accept(int n, Consumer<? super Decoded> out) {
        int type = buf[start + 4] & 0xFF;
        long rawSeq = u16(buf, start + 5);
        long rawMicros = u32(buf, start + 7);
        if (type == PalpaFrames.HELLO && micros.stepTo(rawMicros) > HELLO_CONTINUES_MICROS) {
            // the device clock went backwards (or leapt): the device booted, its counters begin
            // afresh, so no loss is counted across it
            sequence.restart(rawSeq);
            micros.restart(rawMicros);
        } else {
            long step = sequence.stepTo(rawSeq);
            if (step > 1) {
                stats.lostFrames += step - 1;
            }
        }
        long seq = sequence.unwrap(rawSeq);
        long us = micros.unwrap(rawMicros);
        Decoded d = payloads.decode(type, seq, us, buf, start + HEADER, n);
        if (d instanceof Decoded.Corrupt c) {
            corrupt(out, c.problem(), c.detail());
            return;
        }
        stats.frames++;
        out.accept(d);
    }

    private void corrupt(Consumer<? super Decoded> out, Decoded.Problem problem, String detail) {
        stats.count(problem);
        out.accept(new Decoded.Corrupt(streamOffset, problem, detail));
    }

    private void skipToNextSync() {
        int i = start + 1;
        while (i < end && (buf[i] & 0xFF) != SYNC0) {
            i++;
        }
        skip(i - start);
    }

    private void skip(int count) {
        if (!hunting) {
            hunting = true;
            stats.resyncs++;
        }
        stats.skippedBytes += count;
        advance(count);
    }

    private void advance(int count) {
        start += count;
        streamOffset += count;
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    private void compact() {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
    }

    @Override
    public DecoderStats stats() {
        return stats;
    }

    @Override
    public void reset() {
        start = 0;
        end = 0;
        hunting = false;
        sequence.reset();
        micros.reset();
    }
}

#!/usr/bin/env python3
"""Reads Palpa's sample chunks (version 1 or 2, docs/records.md) with the standard library alone.

    read_chunks.py palpa.db SESSION [export.json]

Prints how many frames and bytes the session's chunks hold, by encoding; given a JSON export of
the same session (palpa sessions export ID --format json), checks that every timestamp, sequence,
raw value and calibrated float decoded here equals the exported one, and exits 1 if any differs.
"""
import sqlite3, struct, zlib

def chunk(n, ch, data):
    """Returns (timestamps, sequences, raw[frame][channel], newtons[frame][channel])."""
    if len(data) == n * (16 + 12 * ch):                       # version 1
        size = 16 + 12 * ch
        rows = [struct.unpack_from('<qq%dd%df' % (ch, ch), data, i * size) for i in range(n)]
        return ([r[0] for r in rows], [r[1] for r in rows],
                [list(r[2:2 + ch]) for r in rows], [list(r[2 + ch:]) for r in rows])
    assert data[0] == 2
    d = zlib.decompressobj()
    b, at = d.decompress(data[1:]), 0
    def byte():
        nonlocal at; at += 1; return b[at - 1]
    def varint():
        u = shift = 0
        while True:
            x = byte(); u |= (x & 0x7F) << shift; shift += 7
            if x < 0x80: return (u >> 1) ^ -(u & 1)
    def int64():
        nonlocal at; at += 8; return struct.unpack('>q', b[at - 8:at])[0]
    f64 = lambda: struct.unpack('>d', struct.pack('>q', int64()))[0]
    f32 = lambda x: struct.unpack('<f', struct.pack('<f', x))[0]            # round to float32
    ordf = lambda x: (lambda v: v ^ 0x7FFFFFFF if v < 0 else v)(struct.unpack('<i', struct.pack('<f', x))[0])
    unord = lambda o: struct.unpack('<f', struct.pack('<i', o ^ 0x7FFFFFFF if o < 0 else o))[0]
    assert (varint(), varint()) == (n, ch)
    def regular():
        v = [varint()]
        if n > 1: v.append(v[0] + varint())
        for i in range(2, n): v.append(2 * v[-1] - v[-2] + varint())
        return v
    ts, seq = regular(), regular()
    raw = [[0.0] * ch for _ in range(n)]
    for c in range(ch):
        mode = byte()
        if mode == 1:
            bits = 0
            for i in range(n):
                bits ^= int64() & 0xFFFFFFFFFFFFFFFF
                raw[i][c] = struct.unpack('>d', bits.to_bytes(8, 'big'))[0]
        else:
            k, v = byte(), 0
            for i in range(n):
                v += varint(); raw[i][c] = v / 10 ** k
    cal = [[0.0] * ch for _ in range(n)]
    for c in range(ch):
        flags, slope, offset, seen = byte(), f64(), f64(), {}
        m, table = flags & 3, not flags & 4
        for i in range(n):
            r = raw[i][c]
            key = struct.pack('<d', r)
            if table and key in seen: p = seen[key]
            elif m == 0 or i == 0: p = f32(slope * r + offset)
            else:
                s = slope
                if m == 2 and i >= 2 and raw[i - 2][c] != raw[i - 1][c]:
                    s = (cal[i - 1][c] - cal[i - 2][c]) / (raw[i - 1][c] - raw[i - 2][c])
                p = f32(cal[i - 1][c] + s * (r - raw[i - 1][c]))
            cal[i][c] = unord(ordf(p) + varint())
            seen[key] = cal[i][c]
    return ts, seq, raw, cal


def main():
    import json, sys
    db = sqlite3.connect('file:%s?mode=ro' % sys.argv[1], uri=True)
    frames, nbytes, versions, samples = [], 0, {}, 0
    for n, ch, data in db.execute("SELECT frame_count, channel_count, data FROM sample_chunks "
                                  "WHERE session_id = ? ORDER BY chunk_index", (int(sys.argv[2]),)):
        version = 1 if len(data) == n * (16 + 12 * ch) else data[0]
        versions[version] = versions.get(version, 0) + 1
        nbytes += len(data)
        samples += n * ch
        ts, seq, raw, cal = chunk(n, ch, data)
        frames += list(zip(ts, seq, raw, cal))
    print("%d frames, %d samples in %d bytes (%.3f bytes per sample); chunks by encoding: %s"
          % (len(frames), samples, nbytes, nbytes / max(1, samples), versions))
    if len(sys.argv) > 3:
        exported = json.load(open(sys.argv[3]))["samples"]
        origin = frames[0][0]
        bad = 0
        for (t, s, raw, cal), e in zip(frames, exported):
            if (s != e["sequence"] or raw != e["raw"] or cal != [f32(x) for x in e.get("calibratedN", e.get("uncalibratedCounts"))]
                    or abs((t - origin) / 1e9 - e["t"]) > 1e-9):
                bad += 1
        same = bad == 0 and len(exported) == len(frames)
        print("matches the JSON export: %s (%d frames there, %d differ)" % (same, len(exported), bad))
        sys.exit(0 if same else 1)


f32 = lambda x: struct.unpack('<f', struct.pack('<f', x))[0]

if __name__ == '__main__':
    main()

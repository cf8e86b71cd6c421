#!/usr/bin/env python3
"""Writes the Palpa protocol v1 test vectors (*.vec) in this folder.

The frames are built here, independently of the Java and C code, with the CRC computed bit by
bit; the expected decodings are written by construction and then cross-checked against a small
reference decoder below. Run: python3 make_vectors.py
"""
import struct

def crc16_ccitt_false(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc

assert crc16_ccitt_false(b"123456789") == 0x29B1

def frame(ftype, seq, us, payload=b""):
    body = struct.pack("<HBHI", len(payload), ftype, seq & 0xFFFF, us & 0xFFFFFFFF) + payload
    return b"\xAA\x55" + body + struct.pack("<H", crc16_ccitt_false(body))

def text(s):
    b = s.encode("ascii")
    return bytes([len(b)]) + b

def hello(seq, us, model, serial, fw, adc, rate, channels):
    p = bytes([1, adc]) + struct.pack("<H", rate) + bytes([len(channels)])
    p += text(model) + text(serial) + text(fw) + b"".join(text(c) for c in channels)
    return frame(0x01, seq, us, p)

def data(seq, us, *counts):
    return frame(0x02, seq, us, b"".join(struct.pack("<i", c) for c in counts))

def event(seq, us, kind, channel=0xFF):
    return frame(0x03, seq, us, bytes([kind, channel]))

def error(seq, us, code, msg):
    return frame(0x04, seq, us, bytes([code]) + text(msg))

def ack(seq, us, cmd, cmd_seq, status):
    return frame(0x05, seq, us, bytes([cmd]) + struct.pack("<H", cmd_seq) + bytes([status]))

def D(seq, us, *v):
    return "DATA seq=%d t=%d values=%s" % (seq, us, ",".join(str(x) for x in v))

vectors = []  # (name, description, bytes, expected lines, stats)

def add(name, desc, b, expect, frames, checksum=0, length=0, content=0, lost=0):
    vectors.append((name, desc, b, expect, "STATS frames=%d checksum=%d length=%d content=%d lost=%d"
                    % (frames, checksum, length, content, lost)))

add("hello-algometer", "HELLO of the reference algometer",
    hello(0, 0, "palpa-algometer", "A0001", "1.0.0", 24, 80, ["probe"]),
    ["HELLO version=1 adc=24 rate=80 model=palpa-algometer serial=A0001 firmware=1.0.0 channels=probe"], 1)
add("hello-glove", "HELLO of the reference five-FSR glove",
    hello(0, 0, "palpa-glove", "G0007", "1.0.0", 10, 200, ["thumb", "index", "middle", "ring", "little"]),
    ["HELLO version=1 adc=10 rate=200 model=palpa-glove serial=G0007 firmware=1.0.0 channels=thumb,index,middle,ring,little"], 1)
add("data-one-channel", "one DATA frame, one channel",
    data(1, 12500, 123456), [D(1, 12500, 123456)], 1)
add("data-five-channels", "one DATA frame, five channels with negative and extreme counts",
    data(2, 25000, 512, 300, -1, 0, 2147483647), [D(2, 25000, 512, 300, -1, 0, 2147483647)], 1)
add("data-back-to-back", "three frames with no gap between them",
    data(3, 100, 1) + data(4, 200, 2) + data(5, 300, 3), [D(3, 100, 1), D(4, 200, 2), D(5, 300, 3)], 3)
add("sync-inside-payload", "counts that contain the sync bytes AA 55",
    data(6, 400, 0x55AA55AA - (1 << 32) if 0x55AA55AA >= (1 << 31) else 0x55AA55AA, -0x55AB),
    [D(6, 400, 0x55AA55AA, -0x55AB)], 1)
add("events", "stop button, tare done, overload on channel 2",
    event(10, 1000, 1) + event(11, 2000, 2) + event(12, 3000, 3, 2),
    ["EVENT seq=10 t=1000 kind=STOP_BUTTON channel=-1", "EVENT seq=11 t=2000 kind=TARE_DONE channel=-1",
     "EVENT seq=12 t=3000 kind=OVERLOAD channel=2"], 3)
add("error", "a device fault", error(20, 5000, 2, "HX711 timeout"), ["FAULT code=2 message=HX711 timeout"], 1)
add("ack", "acknowledgement of START (0x11) sent with sequence 7",
    ack(21, 6000, 0x11, 7, 0), ["ACK command=17 seq=7 status=0"], 1)
good = data(31, 700, 42)
bad = bytearray(data(30, 600, 41)); bad[12] ^= 0x01
add("bad-crc-then-good", "a frame with one flipped payload bit, then a good frame",
    bytes(bad) + good, ["CORRUPT BAD_CHECKSUM at=0", D(31, 700, 42)], 1, checksum=1)
add("garbage-then-frame", "line noise before a frame is skipped",
    bytes([0x00, 0xFF, 0x13, 0x37, 0x55, 0x42]) + good, [D(31, 700, 42)], 1)
add("stray-sync-byte", "a lone AA before a frame",
    b"\xAA" + good, [D(31, 700, 42)], 1)
add("absurd-length", "a sync with length 65535, then a good frame",
    b"\xAA\x55\xFF\xFF\x02\x00\x00" + good, ["CORRUPT BAD_LENGTH at=0", D(31, 700, 42)], 1, length=1)
five = data(40, 800, 1, 2, 3, 4, 5)
add("truncated-frame", "the first 10 bytes of a 5-channel frame, then two good frames",
    five[:10] + data(41, 900, 7) + data(42, 1000, 8),
    ["CORRUPT BAD_CHECKSUM at=0", D(41, 900, 7), D(42, 1000, 8)], 2, checksum=1)
add("sequence-gap", "frames 10 and 13: two lost",
    data(10, 0, 1) + data(13, 300, 2), [D(10, 0, 1), D(13, 300, 2)], 2, lost=2)
add("sequence-wrap", "sequence 65535 then 0 is no loss",
    data(65535, 0, 1) + data(0, 100, 2), [D(65535, 0, 1), D(65536, 100, 2)], 2)
add("time-wrap", "the microsecond clock wraps at 2^32",
    data(1, 4294967000, 1) + data(2, 200, 2), [D(1, 4294967000, 1), D(2, 4294967496, 2)], 2)
add("hello-mid-stream", "the device restarted: HELLO resets its counters without counting loss",
    data(100, 5000, 1) + hello(0, 0, "palpa-algometer", "A0001", "1.0.0", 24, 80, ["probe"]) + data(1, 12500, 2),
    [D(100, 5000, 1), "HELLO version=1 adc=24 rate=80 model=palpa-algometer serial=A0001 firmware=1.0.0 channels=probe",
     D(102, 17501, 2)], 3)
add("unknown-type", "a well-formed frame of an unknown type",
    frame(0x7F, 1, 0, b"\x01") + data(2, 700, 42), ["CORRUPT BAD_CONTENT at=0", D(2, 700, 42)], 1, content=1)
add("data-bad-size", "DATA whose payload is not whole int32 values",
    frame(0x02, 1, 0, b"\x01\x02\x03") + data(2, 700, 42), ["CORRUPT BAD_LENGTH at=0", D(2, 700, 42)], 1, length=1)

# --- reference decoder: checks the expectations above -------------------------------------------
def reference(b):
    out, i, st = [], 0, dict(frames=0, checksum=0, length=0, content=0, lost=0)
    last_seq = seq_u = last_us = us_u = None
    while i + 4 <= len(b):
        if b[i] != 0xAA or b[i + 1] != 0x55:
            i += 1; continue
        n = b[i + 2] | b[i + 3] << 8
        if n > 1024:
            out.append("CORRUPT BAD_LENGTH at=%d" % i); st["length"] += 1; i += 1; continue
        if i + 13 + n > len(b):
            break
        body = b[i + 2:i + 11 + n]
        if crc16_ccitt_false(body) != (b[i + 11 + n] | b[i + 12 + n] << 8):
            out.append("CORRUPT BAD_CHECKSUM at=%d" % i); st["checksum"] += 1; i += 1; continue
        t, s, us = b[i + 4], b[i + 5] | b[i + 6] << 8, struct.unpack("<I", b[i + 7:i + 11])[0]
        p = b[i + 11:i + 11 + n]
        if t == 1 and last_seq is not None:
            last_seq, last_us = (s - 1) % 65536, (us - 1) % (1 << 32)
        if last_seq is None:
            seq_u, us_u = s, us
        else:
            step = (s - last_seq) % 65536
            if t != 1 and step > 1: st["lost"] += step - 1
            seq_u += step; us_u += (us - last_us) % (1 << 32)
        last_seq, last_us = s, us
        if t == 2:
            if n == 0 or n % 4:
                out.append("CORRUPT BAD_LENGTH at=%d" % i); st["length"] += 1
            else:
                out.append(D(seq_u, us_u, *struct.unpack("<%di" % (n // 4), p))); st["frames"] += 1
        elif t in (1, 3, 4, 5):
            out.append(None); st["frames"] += 1
        else:
            out.append("CORRUPT BAD_CONTENT at=%d" % i); st["content"] += 1
        i += 13 + n
    return out, "STATS frames=%(frames)d checksum=%(checksum)d length=%(length)d content=%(content)d lost=%(lost)d" % st

# --- line protocols ------------------------------------------------------------------------------
LBF, KGF, GF, OZF = 4.4482216152605, 9.80665, 0.00980665, 0.27801385095378125

def nmea(body):
    c = 0
    for ch in body.encode("ascii"):
        c ^= ch
    return "$%s*%02X\r\n" % (body, c)

def N(*v):
    return "DATA seq=-1 t=-1 values=" + ",".join("%.6f" % x for x in v)

def esc(s):
    return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")

line_vectors = {
    "palpa-ascii": [
        ("data", "two data lines", nmea("D,1,1000,512,300") + nmea("D,2,6000,515,299"),
         [D(1, 1000, 512, 300), D(2, 6000, 515, 299)], "frames=2"),
        ("hello", "a hello line", nmea("H,1,diy-glove,X1,0.3,10,50,thumb,index"),
         ["HELLO version=1 adc=10 rate=50 model=diy-glove serial=X1 firmware=0.3 channels=thumb,index"], "frames=1"),
        ("lowercase-checksum", "hex digits in lower case are accepted", nmea("D,3,9000,7").lower().replace("$d", "$D"),
         [D(3, 9000, 7)], "frames=1"),
        ("bad-checksum", "one changed digit, then a good line", nmea("D,1,1000,512").replace("512", "513") + nmea("D,2,2000,9"),
         ["CORRUPT BAD_CHECKSUM at=0", D(2, 2000, 9)], "frames=1 checksum=1"),
        ("event-and-error", "stop button, overload on channel 1, a fault",
         nmea("E,4,7000,STOP,") + nmea("E,5,8000,OVER,1") + nmea("X,3,FSR open circuit"),
         ["EVENT seq=4 t=7000 kind=STOP_BUTTON channel=-1", "EVENT seq=5 t=8000 kind=OVERLOAD channel=1",
          "FAULT code=3 message=FSR open circuit"], "frames=3"),
        ("ack", "acknowledgement of START", nmea("A,START,OK"), ["ACK command=17 seq=0 status=0"], "frames=1"),
        ("nan-value", "nan is not a number", nmea("D,1,10,nan") + nmea("D,2,20,1"),
         ["CORRUPT BAD_CONTENT at=0", D(2, 20, 1)], "frames=1 content=1"),
        ("gap", "sequence 1 then 4", nmea("D,1,10,1") + nmea("D,4,40,2"), [D(1, 10, 1), D(4, 40, 2)], "frames=2 lost=2"),
        ("no-dollar", "a line without $ is rejected", "D,1,10,1*00\r\n", ["CORRUPT BAD_CONTENT at=0"], "frames=0 content=1"),
    ],
    "mark10": [
        ("manual-examples", "the two replies printed in the Series 4 manual", "-18.78 lbF\r\n4.285 N\r\n",
         [N(-18.78 * LBF), N(4.285)], "frames=2"),
        ("other-units", "kgF, gF, ozF, kN and no unit (taken as N)", "1.5 kgF\r\n300 gF\r\n-3.2 ozF\r\n0.012 kN\r\n7.5\r\n",
         [N(1.5 * KGF), N(300 * GF), N(-3.2 * OZF), N(12.0), N(7.5)], "frames=5"),
        ("error-reply", "*10 is an illegal-command error", "*10\r\n", ["EVENT seq=-1 t=-1 kind=DEVICE_ERROR channel=-1"], "frames=1"),
        ("unknown-unit", "an unknown unit is an error, not a number", "12.0 psi\r\n1.0 N\r\n",
         ["CORRUPT BAD_CONTENT at=0", N(1.0)], "frames=1 content=1"),
        ("inf", "inf is not a number", "inf N\r\n", ["CORRUPT BAD_CONTENT at=0"], "frames=0 content=1"),
        ("odd-spacing", "spaces around sign, number and unit", "  - 2.50   N  \r\n", [N(-2.5)], "frames=1"),
    ],
    "wagner": [
        ("manual-example", "tension with a minus, compression with a space", "- 23.02 lbf\r\n  23.02 lbf\r\n",
         [N(-23.02 * LBF), N(23.02 * LBF)], "frames=2"),
        ("peak-and-units", "Peak suffix, N and kgf", " 10.5 N Peak\r\n 1.25 kgf\r\n", [N(10.5), N(1.25 * KGF)], "frames=2"),
        ("overload", "HELP means overloaded", "HELP lbf\r\n", ["EVENT seq=-1 t=-1 kind=OVERLOAD channel=0"], "frames=1"),
        ("no-unit", "a Wagner reading must carry its unit", " 12.5\r\n", ["CORRUPT BAD_CONTENT at=0"], "frames=0 content=1"),
    ],
    "imada": [
        ("issue-example", "real-time newtons, judgement OK", "+012.34NTO\r\n", [N(12.34)], "frames=1"),
        ("units-and-modes", "lbf real time, kgf peak, low and high judgements", "-001.50OTL\r\n+002.00KPH\r\n",
         [N(-1.5 * LBF), N(2.0 * KGF)], "frames=2"),
        ("error-judgement", "judgement E becomes an overload event", "+999.99NTE\r\n",
         ["EVENT seq=-1 t=-1 kind=OVERLOAD channel=0"], "frames=1"),
        ("bad-letters", "an unknown unit letter", "+012.34XTO\r\n", ["CORRUPT BAD_CONTENT at=0"], "frames=0 content=1"),
    ],
    "shimpo": [
        ("readings", "signed readings in N, KG and LB, after the BA echo", "BA\r\n+0012.3N\r\n-0.125KG\r\n2.75LB\r\n",
         [N(12.3), N(-0.125 * KGF), N(2.75 * LBF)], "frames=3"),
        ("error", "an error code", "E1\r\n", ["EVENT seq=-1 t=-1 kind=DEVICE_ERROR channel=-1"], "frames=1"),
    ],
    "csv": [
        ("numbers", "three channels, comma separated", "1.5,2,3\r\n4,5.25,-6\n", [N(1.5, 2, 3), N(4, 5.25, -6)], "frames=2"),
        ("header-and-separators", "a header line, then semicolons and tabs", "thumb;index\n1;2\n3\t4\n",
         [N(1, 2), N(3, 4)], "frames=2"),
        ("junk-is-no-header", "a first line that cannot be channel names is an error, not a header", "#!~junk\n1,2\n",
         ["CORRUPT BAD_CONTENT at=0", N(1, 2)], "frames=1 content=1"),
        ("wrong-count", "a line with a missing value", "1,2\n3\n4,5\n", [N(1, 2), "CORRUPT BAD_CONTENT at=4", N(4, 5)],
         "frames=2 content=1"),
        ("nan-and-inf", "nan and inf are not numbers", "1,2\nnan,1\n1,inf\n", [N(1, 2), "CORRUPT BAD_CONTENT at=4",
         "CORRUPT BAD_CONTENT at=10"], "frames=1 content=2"),
    ],
}

def full_stats(short):
    st = dict(frames=0, checksum=0, length=0, content=0, lost=0)
    for kv in short.split():
        k, v = kv.split("=")
        st[k] = int(v)
    return "STATS frames=%(frames)d checksum=%(checksum)d length=%(length)d content=%(content)d lost=%(lost)d" % st


def main():
    for name, desc, b, expect, stats in vectors:
        got, got_stats = reference(b)
        assert len(got) == len(expect), (name, got, expect)
        for g, e in zip(got, expect):
            assert g is None or g == e, (name, g, e)
        assert got_stats == stats, (name, got_stats, stats)

    with open("palpa-binary.vec", "w") as f:
        f.write("# Palpa protocol v1 binary test vectors, written by make_vectors.py; see README.md.\nprotocol palpa\n")
        for name, desc, b, expect, stats in vectors:
            f.write("\nvector %s\n# %s\n" % (name, desc))
            for k in range(0, len(b), 24):
                f.write("hex " + " ".join("%02X" % x for x in b[k:k + 24]) + "\n")
            for e in expect:
                f.write("expect " + e + "\n")
            f.write("expect " + stats + "\nend\n")
    print("wrote %d binary vectors" % len(vectors))

    for proto, items in line_vectors.items():
        with open(proto + ".vec", "w") as f:
            f.write("# %s test vectors, written by make_vectors.py; see README.md.\nprotocol %s\n" % (proto, proto))
            for name, desc, txt, expect, stats in items:
                f.write("\nvector %s\n# %s\n" % (name, desc))
                for part in txt.splitlines(keepends=True):
                    f.write("text " + esc(part) + "\n")
                for e in expect:
                    f.write("expect " + e + "\n")
                f.write("expect " + full_stats(stats) + "\nend\n")
        print("wrote %d %s vectors" % (len(items), proto))


if __name__ == "__main__":
    main()

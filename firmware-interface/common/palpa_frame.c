/* Palpa serial protocol v1 framing; see palpa_frame.h and ../PROTOCOL.md. */
#include "palpa_frame.h"

#include <string.h>

uint16_t palpa_crc16(uint16_t crc, const uint8_t *data, size_t length) {
    for (size_t i = 0; i < length; i++) {
        crc ^= (uint16_t) data[i] << 8;
        for (uint8_t bit = 0; bit < 8; bit++) {
            crc = (crc & 0x8000u) ? (uint16_t) ((crc << 1) ^ 0x1021u) : (uint16_t) (crc << 1);
        }
    }
    return crc;
}

size_t palpa_encode(uint8_t *out, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *payload, uint16_t n) {
    out[0] = PALPA_SYNC0;
    out[1] = PALPA_SYNC1;
    palpa_put_u16(out + 2, n);
    out[4] = type;
    palpa_put_u16(out + 5, seq);
    palpa_put_u32(out + 7, t_us);
    if (n > 0) {
        memcpy(out + PALPA_HEADER, payload, n);
    }
    palpa_put_u16(out + PALPA_HEADER + n, palpa_crc16(0xFFFFu, out + 2, PALPA_HEADER - 2u + n));
    return PALPA_OVERHEAD + n;
}

void palpa_decoder_init(struct palpa_decoder *d, palpa_frame_fn on_frame, palpa_error_fn on_error, void *ctx) {
    memset(d, 0, sizeof *d);
    d->on_frame = on_frame;
    d->on_error = on_error;
    d->ctx = ctx;
}

/* Drops the first count bytes of the buffer. */
static void drop(struct palpa_decoder *d, uint16_t count) {
    memmove(d->buf, d->buf + count, (size_t) (d->len - count));
    d->len = (uint16_t) (d->len - count);
    d->offset += count;
}

static void fail(struct palpa_decoder *d, enum palpa_problem problem) {
    if (problem == PALPA_BAD_CHECKSUM) {
        d->checksum_errors++;
    } else {
        d->length_errors++;
    }
    if (d->on_error) {
        d->on_error(d->ctx, problem, d->offset);
    }
    drop(d, 1); /* step past the false sync only, then hunt again */
}

/* Decodes whatever whole frames the buffer holds; returns when more bytes are needed. */
static void parse(struct palpa_decoder *d) {
    for (;;) {
        if (d->len == 0) {
            return;
        }
        if (d->buf[0] != PALPA_SYNC0) {
            uint16_t i = 1;
            while (i < d->len && d->buf[i] != PALPA_SYNC0) {
                i++;
            }
            drop(d, i);
            continue;
        }
        if (d->len < 2) {
            return;
        }
        if (d->buf[1] != PALPA_SYNC1) {
            drop(d, 1);
            continue;
        }
        if (d->len < 4) {
            return;
        }
        uint16_t n = palpa_u16(d->buf + 2);
        if (n > PALPA_MAX_PAYLOAD) {
            fail(d, PALPA_BAD_LENGTH);
            continue;
        }
        if (d->len < PALPA_OVERHEAD + n) {
            return;
        }
        uint16_t crc = palpa_crc16(0xFFFFu, d->buf + 2, PALPA_HEADER - 2u + n);
        if (crc != palpa_u16(d->buf + PALPA_HEADER + n)) {
            fail(d, PALPA_BAD_CHECKSUM);
            continue;
        }
        d->frames++;
        if (d->on_frame) {
            d->on_frame(d->ctx, d->buf[4], palpa_u16(d->buf + 5), palpa_u32(d->buf + 7), d->buf + PALPA_HEADER, n);
        }
        drop(d, (uint16_t) (PALPA_OVERHEAD + n));
    }
}

void palpa_decoder_feed(struct palpa_decoder *d, const uint8_t *bytes, size_t n) {
    while (n > 0) {
        size_t room = sizeof d->buf - d->len;
        size_t take = n < room ? n : room;
        memcpy(d->buf + d->len, bytes, take);
        d->len = (uint16_t) (d->len + take);
        bytes += take;
        n -= take;
        parse(d);
    }
}

static uint16_t put_text(uint8_t *out, const char *s) {
    uint8_t n = (uint8_t) strlen(s);
    out[0] = n;
    memcpy(out + 1, s, n);
    return (uint16_t) (1 + n);
}

uint16_t palpa_hello_payload(uint8_t *out, const char *model, const char *serial, const char *firmware,
                             uint8_t adc_bits, uint16_t rate_hz, const char *const *names, uint8_t count) {
    out[0] = 1; /* protocol version */
    out[1] = adc_bits;
    palpa_put_u16(out + 2, rate_hz);
    out[4] = count;
    uint16_t n = 5;
    n = (uint16_t) (n + put_text(out + n, model));
    n = (uint16_t) (n + put_text(out + n, serial));
    n = (uint16_t) (n + put_text(out + n, firmware));
    for (uint8_t i = 0; i < count; i++) {
        n = (uint16_t) (n + put_text(out + n, names[i]));
    }
    return n;
}

/*
 * Host unit test of ../common/palpa_device.c, the command handling both reference sketches share:
 * commands go in as frames, and what the device writes back is decoded with palpa_frame.c and
 * checked: ACKs echo the command and its sequence, IDENTIFY brings a HELLO, TARE a TARE_DONE
 * event, SET_RATE refuses rates the device cannot do, unknown commands get status 2, and the
 * device numbers its frames 0, 1, 2, ... without a gap.
 */
#include "palpa_device.h"

#include <stdio.h>
#include <string.h>

static uint8_t out[4096];
static uint16_t out_len;
static uint32_t now_us = 1000;
static int tares;
static int failures;

void link_port_write(const uint8_t *bytes, uint16_t n) {
    memcpy(out + out_len, bytes, n);
    out_len = (uint16_t) (out_len + n);
}

uint32_t link_micros(void) {
    return now_us += 250;
}

void device_hello(void) {
    static const char *const names[] = {"probe"};
    uint8_t p[64];
    uint16_t n = palpa_hello_payload(p, "test-algometer", "T1", "1.0.0", 24, 80, names, 1);
    link_send(PALPA_HELLO, link_micros(), p, n);
}

void device_tare(void) {
    tares++;
}

uint8_t device_accepts_rate(uint16_t rate_hz) {
    return rate_hz <= 80;
}

struct seen {
    uint8_t type[16];
    uint16_t seq[16];
    uint8_t payload[16][64];
    int count;
};

static void collect(void *ctx, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *p, uint16_t n) {
    struct seen *s = ctx;
    (void) t_us;
    if (s->count < 16) {
        s->type[s->count] = type;
        s->seq[s->count] = seq;
        memcpy(s->payload[s->count], p, n < 64 ? n : 64);
        s->count++;
    }
}

/* Sends one command to the device byte by byte and decodes everything it answers. */
static struct seen command(uint8_t type, uint16_t seq, const uint8_t *payload, uint16_t n) {
    uint8_t frame[PALPA_OVERHEAD + 8];
    size_t len = palpa_encode(frame, type, seq, 0, payload, n);
    out_len = 0;
    for (size_t i = 0; i < len; i++) {
        link_receive(frame[i]);
    }
    static struct palpa_decoder d;
    struct seen s;
    memset(&s, 0, sizeof s);
    palpa_decoder_init(&d, collect, 0, &s);
    palpa_decoder_feed(&d, out, out_len);
    return s;
}

static void expect(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static int acked(const struct seen *s, int i, uint8_t command, uint16_t command_seq, uint8_t status) {
    return s->count > i && s->type[i] == PALPA_ACK && s->payload[i][0] == command
            && palpa_u16(s->payload[i] + 1) == command_seq && s->payload[i][3] == status;
}

int main(void) {
    link_reset();
    struct seen s = command(PALPA_IDENTIFY, 7, 0, 0);
    expect(s.count == 2 && acked(&s, 0, PALPA_IDENTIFY, 7, 0), "IDENTIFY is acknowledged with its sequence");
    expect(s.count == 2 && s.type[1] == PALPA_HELLO && s.payload[1][0] == 1 && s.payload[1][4] == 1,
           "IDENTIFY brings a version-1 HELLO with one channel");
    expect(s.seq[0] == 0 && s.seq[1] == 1, "the device numbers its frames from 0");

    expect(!link_streaming(), "the device waits for START");
    s = command(PALPA_START, 8, 0, 0);
    expect(s.count == 1 && acked(&s, 0, PALPA_START, 8, 0) && link_streaming(), "START starts streaming");
    expect(s.seq[0] == 2, "sequence numbers continue without a gap");

    uint8_t rate[2];
    palpa_put_u16(rate, 50);
    s = command(PALPA_SET_RATE, 9, rate, 2);
    expect(acked(&s, 0, PALPA_SET_RATE, 9, 0) && link_period_us() == 20000, "SET_RATE 50 Hz gives a 20 ms period");
    palpa_put_u16(rate, 1000);
    s = command(PALPA_SET_RATE, 10, rate, 2);
    expect(acked(&s, 0, PALPA_SET_RATE, 10, 1) && link_period_us() == 20000, "SET_RATE 1000 Hz is refused, status 1");

    s = command(PALPA_TARE, 11, 0, 0);
    expect(s.count == 2 && acked(&s, 0, PALPA_TARE, 11, 0) && tares == 1, "TARE is acknowledged and done");
    expect(s.count == 2 && s.type[1] == PALPA_EVENT && s.payload[1][0] == PALPA_EVENT_TARE_DONE,
           "TARE ends with a TARE_DONE event");

    s = command(0x7E, 12, 0, 0);
    expect(acked(&s, 0, 0x7E, 12, 2), "an unknown command gets status 2");

    s = command(PALPA_STOP, 13, 0, 0);
    expect(acked(&s, 0, PALPA_STOP, 13, 0) && !link_streaming(), "STOP stops streaming");

    /* a command with a damaged CRC is ignored */
    uint8_t frame[PALPA_OVERHEAD];
    palpa_encode(frame, PALPA_START, 14, 0, 0, 0);
    frame[PALPA_OVERHEAD - 1] ^= 0xFF;
    out_len = 0;
    for (size_t i = 0; i < sizeof frame; i++) {
        link_receive(frame[i]);
    }
    expect(out_len == 0 && !link_streaming(), "a command with a bad CRC is ignored");

    printf("palpa_device.c: %d checks failed\n", failures);
    return failures == 0 ? 0 : 1;
}

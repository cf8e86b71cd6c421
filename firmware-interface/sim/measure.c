/* Timing measurements in emulated time; see measure.h. */
#include "measure.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "palpa_frame.h"

#define MAX_FRAMES 4096

static struct {
    struct palpa_decoder decoder;
    avr_cycle_count_t byte_cycle[256]; /* when each of the last 256 bytes was written to UDR0 */
    uint32_t bytes;
    avr_cycle_count_t frame_cycle[MAX_FRAMES];
    uint32_t frame_us[MAX_FRAMES];
    int frames, collecting;
    int acks, ack_status, hellos, crc_errors, commands, repeats;
    uint16_t ack_seq;
} m;

static void on_frame(void *ctx, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *p, uint16_t n) {
    (void) ctx;
    (void) seq;
    if (type == PALPA_ACK && n == 4) {
        m.acks++;
        m.ack_seq = palpa_u16(p + 1);
        m.ack_status = p[3];
    } else if (type == PALPA_HELLO) {
        m.hellos++;
    } else if (type == PALPA_DATA && m.collecting && m.frames < MAX_FRAMES) {
        m.frame_cycle[m.frames] = m.byte_cycle[(m.bytes - (PALPA_OVERHEAD + n)) & 255u]; /* the frame's first byte */
        m.frame_us[m.frames++] = t_us;
    }
}

static void on_error(void *ctx, enum palpa_problem problem, uint32_t offset) {
    (void) ctx;
    (void) problem;
    (void) offset;
    m.crc_errors++;
}

void measure_on_byte(void *ctx, uint8_t byte, avr_cycle_count_t cycle) {
    (void) ctx;
    m.byte_cycle[m.bytes++ & 255u] = cycle;
    palpa_decoder_feed(&m.decoder, &byte, 1);
}

static void run_for(avr_t *avr, double seconds) {
    avr_cycle_count_t end = avr->cycle + (avr_cycle_count_t) (seconds * avr->frequency);
    while (avr->cycle < end) {
        int state = avr_run(avr);
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "palpa-sim: the firmware stopped (simavr state %d)\n", state);
            return;
        }
    }
}

/*
 * Sends a command and waits up to 100 ms for its ACK, repeating it twice more if none comes (the host
 * repeats after 500 ms, PROTOCOL.md §3); returns the ACK status, or -1 without one.
 */
static int command(avr_t *avr, struct uart_link *u, uint8_t type, const uint8_t *payload, uint16_t n) {
    static uint16_t seq = 100;
    uint8_t frame[PALPA_OVERHEAD + 8];
    for (int attempt = 0; attempt < 3; attempt++) {
        int acks = m.acks;
        seq++;
        m.commands++;
        m.repeats += attempt > 0;
        uart_link_send(u, frame, palpa_encode(frame, type, seq, 0, payload, n));
        for (int i = 0; i < 100 && !(m.acks > acks && m.ack_seq == seq); i++) {
            run_for(avr, 0.001);
        }
        if (m.acks > acks && m.ack_seq == seq) {
            return m.ack_status;
        }
    }
    return -1;
}

static int set_rate(avr_t *avr, struct uart_link *u, int rate_hz) {
    uint8_t p[2];
    palpa_put_u16(p, (uint16_t) rate_hz);
    return command(avr, u, PALPA_SET_RATE, p, 2);
}

struct spacing {
    double rate_hz, mean_us, sd_us, min_us, max_us;
};

/* Collects DATA frames for seconds and describes their spacing, taken from the cycle counter. */
static struct spacing collect(avr_t *avr, double seconds) {
    struct spacing s = {0};
    m.frames = 0;
    m.collecting = 1;
    run_for(avr, seconds);
    m.collecting = 0;
    if (m.frames < 2) {
        return s;
    }
    double sum = 0, sum2 = 0, per_us = 1e6 / avr->frequency;
    s.min_us = 1e12;
    for (int i = 1; i < m.frames; i++) {
        double d = (double) (m.frame_cycle[i] - m.frame_cycle[i - 1]) * per_us;
        sum += d;
        sum2 += d * d;
        s.min_us = d < s.min_us ? d : s.min_us;
        s.max_us = d > s.max_us ? d : s.max_us;
    }
    int k = m.frames - 1;
    s.mean_us = sum / k;
    s.sd_us = sqrt(fmax(0.0, sum2 / k - s.mean_us * s.mean_us));
    s.rate_hz = 1e6 / s.mean_us;
    return s;
}

static void print_hx711(const struct hx711 *h, double frequency) {
    const struct hx711_stats *s = &h->stats;
    double us = 1e6 / frequency;
    printf("HX711: %llu reads; one read (first PD_SCK rise to last fall) %.1f us min, %.1f mean, %.1f max;\n",
           (unsigned long long) s->reads, s->read_cycles_min * us,
           s->reads ? (double) s->read_cycles_sum / (double) s->reads * us : 0.0, s->read_cycles_max * us);
    printf("HX711: pulses per read: 25 x %u, 26 x %u, 27 x %u, other %llu; PD_SCK high > 50 us: %llu; "
           "power-downs: %llu; clocked before ready: %llu\n", s->pulses_seen[25], s->pulses_seen[26],
           s->pulses_seen[27], (unsigned long long) s->bad_pulse_counts, (unsigned long long) s->long_high,
           (unsigned long long) s->power_downs, (unsigned long long) s->early_clocks);
}

int measure_run(avr_t *avr, struct uart_link *u, const struct measure_target *t) {
    int failures = 0;
    palpa_decoder_init(&m.decoder, on_frame, on_error, NULL);
    run_for(avr, 0.2);
    printf("%s: ATmega328P at %.0f MHz, USART0 at %.0f baud, host at %u baud; emulated time, simavr cycle counter\n",
           t->name, avr->frequency / 1e6, uart_link_device_baud(u), u->host_baud);
    failures += command(avr, u, PALPA_IDENTIFY, NULL, 0) != 0;
    failures += command(avr, u, PALPA_START, NULL, 0) != 0;
    printf("%8s %8s %10s %12s %10s %10s %10s\n", "set_hz", "frames", "rate_hz", "spacing_us", "sd_us", "min_us",
           "max_us");
    for (const int *r = t->rates; *r; r++) {
        failures += set_rate(avr, u, *r) != 0;
        run_for(avr, 0.3);
        struct spacing s = collect(avr, *r < 40 ? 10.0 : 4.0);
        printf("%8d %8d %10.2f %12.1f %10.1f %10.1f %10.1f\n", *r, m.frames, s.rate_hz, s.mean_us, s.sd_us, s.min_us,
               s.max_us);
    }
    int sustained = 0;
    for (int r = t->sweep_from; r <= t->sweep_to; r += t->sweep_step) {
        if (set_rate(avr, u, r) != 0) {
            printf("SET_RATE %d Hz: refused (ACK status 1)\n", r);
            break;
        }
        run_for(avr, 0.2);
        struct spacing s = collect(avr, 1.0);
        if (s.rate_hz >= 0.995 * r) {
            sustained = r;
        } else {
            printf("SET_RATE %d Hz: accepted, but the firmware sends %.1f frames/s\n", r, s.rate_hz);
            break;
        }
    }
    printf("highest rate sustained (within 0.5 %%, %d Hz steps): %d Hz\n", t->sweep_step, sustained);
    set_rate(avr, u, t->default_rate);
    int answered = 0, tries = 50, repeats = m.repeats;
    for (int i = 0; i < tries; i++) {
        answered += command(avr, u, PALPA_IDENTIFY, NULL, 0) == 0;
        run_for(avr, 0.0173 * (1 + i % 3)); /* land the next command at a different point of the frame cycle */
    }
    printf("IDENTIFY while streaming at %d Hz: %d of %d answered, %d needed a repeat\n", t->default_rate, answered,
           tries, m.repeats - repeats);
    printf("all commands: %d sent, %d repeats; bytes from the host lost to receiver overrun: %llu\n", m.commands,
           m.repeats, (unsigned long long) u->overruns);
    printf("frames with a bad CRC or length: %d\n", m.crc_errors);
    if (t->hx711) {
        print_hx711(t->hx711, avr->frequency);
    }
    return failures || m.repeats || m.crc_errors ? 1 : 0;
}

/* The HX711 model; see hx711.h. Datasheet references are to the Avia Semiconductor HX711, rev 2.0. */
#include "hx711.h"

#include <math.h>
#include <string.h>

#include <avr_ioport.h>

/* The load cell: 200 N rated, 2 mV/V output, 0.05 mV/V zero imbalance, excited from AVDD (ratiometric). */
#define CELL_RATED_N 200.0
#define CELL_MV_PER_V 2.0
#define CELL_ZERO_MV_PER_V 0.05
/* Input noise 90 nV rms at 80 samples/s and gain 128 (datasheet, electrical characteristics), at AVDD = 5 V. */
#define NOISE_V_RMS 90e-9
#define AVDD_V 5.0
/* Output settling time after a change of input or gain: 50 ms at 80 SPS, 400 ms at 10 SPS, i.e. 4 conversions. */
#define SETTLING_CONVERSIONS 4
#define FULL_SCALE 0x7FFFFF
#define HIGH_MAX_US 50.0
#define POWER_DOWN_US 60.0

static int gain_of(int pulses) {
    return pulses == 26 ? 32 : pulses == 27 ? 64 : 128; /* 25 = A/128, 26 = B/32, 27 = A/64 (datasheet, table 3) */
}

/* Full-scale differential input is +-0.5 (AVDD / gain) (datasheet, "input range"), mapped onto +-2^23 counts. */
static double counts_for_volts(double volts, int gain) {
    return volts / (0.5 * AVDD_V / gain) * 8388608.0;
}

double hx711_counts_a128(double force_n) {
    double mv_per_v = CELL_ZERO_MV_PER_V + CELL_MV_PER_V * force_n / CELL_RATED_N;
    return counts_for_volts(mv_per_v * 1e-3 * AVDD_V, 128);
}

static double gaussian(uint64_t *state) {
    double u[2];
    for (int i = 0; i < 2; i++) {
        *state ^= *state << 13; /* xorshift64: reproducible noise from a fixed seed */
        *state ^= *state >> 7;
        *state ^= *state << 17;
        u[i] = ((double) (*state >> 11) + 0.5) / 9007199254740992.0;
    }
    return sqrt(-2.0 * log(u[0])) * cos(2.0 * M_PI * u[1]);
}

static void set_dout(struct hx711 *h, int level) {
    avr_raise_irq(h->dout, (uint32_t) level);
}

static int32_t convert(struct hx711 *h) {
    double seconds = (double) h->avr->cycle / h->avr->frequency;
    int gain = gain_of(h->next_pulses);
    double volts = 0.0; /* channel B: open */
    if (h->next_pulses != 26) {
        double mv_per_v = CELL_ZERO_MV_PER_V + CELL_MV_PER_V * trace_force(h->trace, 0, seconds) / CELL_RATED_N;
        volts = mv_per_v * 1e-3 * AVDD_V;
    }
    double counts = counts_for_volts(volts + NOISE_V_RMS * gaussian(&h->rng), gain);
    counts = counts > FULL_SCALE ? FULL_SCALE : counts < -FULL_SCALE - 1 ? -FULL_SCALE - 1 : counts;
    return (int32_t) lround(counts);
}

/* Ends a read: the pulse count chooses the next input; a change restarts the settling time. */
static void finish_read(struct hx711 *h) {
    if (h->pulses == 0) {
        return;
    }
    struct hx711_stats *s = &h->stats;
    s->pulses_seen[h->pulses < 27 ? h->pulses : 27]++;
    if (h->pulses >= 25 && h->pulses <= 27) {
        avr_cycle_count_t length = h->read_end - h->read_start;
        s->reads++;
        s->read_cycles_sum += length;
        s->read_cycles_min = s->reads == 1 || length < s->read_cycles_min ? length : s->read_cycles_min;
        s->read_cycles_max = length > s->read_cycles_max ? length : s->read_cycles_max;
        if (h->pulses != h->next_pulses) {
            h->settling = SETTLING_CONVERSIONS;
        }
        h->next_pulses = h->pulses;
    } else {
        s->bad_pulse_counts++;
    }
    h->pulses = 0;
}

static avr_cycle_count_t on_conversion(avr_t *avr, avr_cycle_count_t when, void *param) {
    struct hx711 *h = param;
    (void) avr;
    h->stats.conversions++;
    if (h->pulses > 0 && h->pulses < 24) {
        return when + (avr_cycle_count_t) (h->avr->frequency / h->rate_sps); /* mid-read: the output register is held */
    }
    finish_read(h);
    if (h->settling > 0) {
        h->settling--;
    } else {
        if (h->ready) {
            h->stats.unread++;
        }
        h->data = (uint32_t) convert(h) & 0xFFFFFFu;
        h->ready = 1;
        set_dout(h, 0);
    }
    return when + (avr_cycle_count_t) (h->avr->frequency / h->rate_sps);
}

static void on_sck(avr_irq_t *irq, uint32_t value, void *param) {
    struct hx711 *h = param;
    (void) irq;
    avr_cycle_count_t now = h->avr->cycle;
    double high_us = (double) (now - h->rise) * 1e6 / h->avr->frequency;
    if (value) {
        h->high = 1;
        h->rise = now;
        if (h->pulses == 0) {
            if (!h->ready) {
                h->stats.early_clocks++;
            }
            h->read_start = now;
        }
        h->pulses++;
        if (h->pulses <= 24) {
            set_dout(h, (int) ((h->data >> (24 - h->pulses)) & 1u));
        } else {
            set_dout(h, 1); /* the 25th pulse pulls DOUT back high (datasheet, fig. 2) */
        }
        if (h->pulses == 24) {
            h->last_counts = (int32_t) (h->data << 8) >> 8;
            h->ready = 0;
        }
        return;
    }
    if (!h->high) {
        return; /* the pin becoming an output at start-up, low: not the end of a pulse */
    }
    h->high = 0;
    h->read_end = now;
    if (high_us > POWER_DOWN_US) {
        /* held high beyond 60 us: the chip powered down, and resets to channel A, gain 128, when PD_SCK falls */
        h->stats.power_downs++;
        h->pulses = 0;
        h->next_pulses = 25;
        h->settling = SETTLING_CONVERSIONS;
        h->ready = 0;
        set_dout(h, 1);
    } else if (high_us > HIGH_MAX_US) {
        h->stats.long_high++;
    }
}

void hx711_attach(struct hx711 *h, avr_t *avr, const struct trace *trace, char port_name, int dout_pin, int sck_pin,
                  double rate_sps) {
    memset(h, 0, sizeof *h);
    h->avr = avr;
    h->trace = trace;
    h->rate_sps = rate_sps;
    h->next_pulses = 25; /* after power-up: channel A, gain 128 */
    h->settling = SETTLING_CONVERSIONS;
    h->rng = 0x9E3779B97F4A7C15ull;
    h->dout = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(port_name), dout_pin);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(port_name), sck_pin), on_sck, h);
    set_dout(h, 1);
    avr_cycle_timer_register(avr, (avr_cycle_count_t) (avr->frequency / h->rate_sps), on_conversion, h);
}

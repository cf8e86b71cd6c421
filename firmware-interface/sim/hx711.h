/*
 * An HX711 24-bit bridge converter on two AVR pins, modelled from the Avia Semiconductor HX711
 * datasheet (rev 2.0): DOUT low means a conversion is ready; each rising edge of PD_SCK shifts out
 * one bit, MSB first, in two's complement; the number of pulses (25, 26, 27) picks the input and gain
 * of the next conversion; PD_SCK held high longer than 60 us powers the chip down.
 * Channel A carries a load cell that follows the force trace; channel B is left open (0 V).
 */
#ifndef SIM_HX711_H
#define SIM_HX711_H

#include <stdint.h>

#include <sim_avr.h>

#include "trace.h"

struct hx711_stats {
    uint64_t conversions, reads, unread; /* unread: a conversion replaced before the firmware read it */
    uint64_t early_clocks;               /* PD_SCK pulsed while DOUT was high (no data ready) */
    uint64_t bad_pulse_counts;           /* a read with a pulse count other than 25, 26 or 27 */
    uint64_t long_high;                  /* PD_SCK high longer than the 50 us the datasheet allows */
    uint64_t power_downs;
    uint64_t read_cycles_min, read_cycles_max, read_cycles_sum;
    uint32_t pulses_seen[28];            /* reads by pulse count */
};

struct hx711 {
    avr_t *avr;
    avr_irq_t *dout;
    const struct trace *trace;
    double rate_sps;        /* 80 with the RATE pin high, 10 with it low */
    int next_pulses;        /* 25, 26 or 27: the input and gain of the conversion in progress */
    int settling;           /* conversions left before the output is valid after a change of input */
    int pulses;             /* PD_SCK pulses in the current read */
    int high;               /* PD_SCK is high */
    int ready;
    uint32_t data;          /* the 24-bit word being shifted out */
    int32_t last_counts;    /* the last value shifted out, sign-extended */
    avr_cycle_count_t rise, read_start, read_end;
    uint64_t rng;
    struct hx711_stats stats;
};

/*
 * Wires the model to DOUT and PD_SCK on port_name (pins dout_pin and sck_pin) and starts converting at
 * rate_sps: 80 is the datasheet's typical rate with RATE high on the on-chip oscillator, which is not exact.
 */
void hx711_attach(struct hx711 *h, avr_t *avr, const struct trace *trace, char port_name, int dout_pin, int sck_pin,
                  double rate_sps);

/* The counts channel A at gain 128 gives for force_n (without noise): the load-cell model in hx711.c. */
double hx711_counts_a128(double force_n);

#endif

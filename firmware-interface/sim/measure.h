/*
 * --measure: drives the firmware from the host side in emulated time, with no pty and no wall
 * clock, and prints its timing as measured by simavr's cycle counter: frame rate and the jitter of
 * frame spacing at each rate, the highest rate it sustains, whether commands sent mid-stream are
 * answered, and (for the algometer) how long one HX711 read takes.
 */
#ifndef SIM_MEASURE_H
#define SIM_MEASURE_H

#include <sim_avr.h>

#include "hx711.h"
#include "uart.h"

struct measure_target {
    const char *name;       /* "algometer" or "glove" */
    int default_rate;       /* the rate it starts with, where commands are tried mid-stream */
    const int *rates;       /* rates to measure, 0-terminated */
    int sweep_from, sweep_to, sweep_step; /* the sustained-rate sweep */
    struct hx711 *hx711;    /* or NULL */
};

/* Runs the measurements; returns 0 when every command got its ACK at the first try and no frame was bad, else 1. */
int measure_run(avr_t *avr, struct uart_link *u, const struct measure_target *target);

/* The uart_out_fn measure_run needs; pass it to uart_link_attach with a NULL context. */
void measure_on_byte(void *ctx, uint8_t byte, avr_cycle_count_t cycle);

#endif

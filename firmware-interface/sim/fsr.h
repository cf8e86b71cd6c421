/*
 * Force-sensing resistors on the ADC inputs, as the glove wires them: each FSR from AVcc to its
 * input, with 10 kOhm from the input to ground. The FSR is idealised with a conductance that grows
 * in proportion to force, R = FSR_K_OHM_N / F (Interlink's FSR integration guide describes the
 * conductance as roughly linear in force), so the input sits at AVcc * F / (F + K / 10 kOhm).
 */
#ifndef SIM_FSR_H
#define SIM_FSR_H

#include <sim_avr.h>

#include "trace.h"

#define FSR_K_OHM_N 100000.0 /* 10 kOhm at 10 N */
#define FSR_DIVIDER_OHM 10000.0
#define FSR_AVCC_MV 5000

struct fsr_inputs {
    avr_t *avr;
    const struct trace *trace;
    int channels;
    unsigned long conversions;
};

/* Feeds channels 0..channels-1 (A0..) from the trace's columns, in time for each conversion the firmware starts. */
void fsr_attach(struct fsr_inputs *f, avr_t *avr, const struct trace *trace, int channels);

/* The input voltage in millivolts for force_n. */
double fsr_millivolts(double force_n);

#endif

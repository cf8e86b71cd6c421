/*
 * The device side of Palpa protocol v1, portable C: numbering and sending frames, and answering
 * the host's commands (IDENTIFY, START, STOP, TARE, SET_RATE) with ACKs. The board supplies the
 * two port hooks and the three device hooks below. Tested on the host by ../test/test_palpa_device.c.
 */
#ifndef PALPA_DEVICE_H
#define PALPA_DEVICE_H

#include <stdint.h>

#include "palpa_frame.h"

/* Sends one frame with the next sequence number, stamped with t_us. */
void link_send(uint8_t type, uint32_t t_us, const uint8_t *payload, uint16_t n);
void link_event(uint8_t kind, uint8_t channel);
/* Takes one byte from the host; answers a command once its frame is complete. */
void link_receive(uint8_t byte);
/* Whether the host asked for DATA (START) and has not stopped it. */
uint8_t link_streaming(void);
/* The sample period the host set, in microseconds. */
uint32_t link_period_us(void);
void link_set_period_us(uint32_t us);
/* Starts afresh: sequence 0, not streaming, no partial command. */
void link_reset(void);

/* Port hooks, supplied by the board. */
void link_port_write(const uint8_t *bytes, uint16_t n);
uint32_t link_micros(void);

/* Device hooks, supplied by the sketch. */
void device_hello(void);
void device_tare(void);
/* Returns non-zero when the device accepts rate_hz. */
uint8_t device_accepts_rate(uint16_t rate_hz);

#endif

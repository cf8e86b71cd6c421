/*
 * What both reference devices share on an ATmega328P at 16 MHz (Arduino Uno/Nano): the UART at
 * 115200 baud, a microsecond clock on Timer0, and the Palpa command loop. Each device supplies the
 * hooks declared at the end.
 */
#ifndef AVR_LINK_H
#define AVR_LINK_H

#include <stdint.h>

#include "palpa_frame.h"

void link_init(void);
uint32_t link_micros(void);
/* Sends one frame with the next sequence number, stamped with t_us. */
void link_send(uint8_t type, uint32_t t_us, const uint8_t *payload, uint16_t n);
void link_event(uint8_t kind, uint8_t channel);
/* Reads whatever the host sent and answers commands; call it from the main loop. */
void link_poll(void);
/* Whether the host asked for DATA (START) and has not stopped it. */
uint8_t link_streaming(void);
/* The sample period the host set, in microseconds. */
uint32_t link_period_us(void);
void link_set_period_us(uint32_t us);

/* Device hooks. */
void device_hello(void);
void device_tare(void);
/* Returns non-zero when the device accepts rate_hz. */
uint8_t device_accepts_rate(uint16_t rate_hz);

#endif

/*
 * The ATmega328P at 16 MHz (Arduino Uno/Nano) under the portable device layer: the UART at
 * 115200 baud and a microsecond clock on Timer0. Sketches include this and implement the device
 * hooks of palpa_device.h.
 */
#ifndef AVR_LINK_H
#define AVR_LINK_H

#include "palpa_device.h"

void link_init(void);
/* Reads whatever the host sent and answers commands; call it from the main loop. */
void link_poll(void);

#endif

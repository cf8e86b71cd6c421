/*
 * Reference firmware: a handheld pressure algometer. An HX711 24-bit load-cell converter on
 * D2 (DOUT) and D3 (PD_SCK), a patient stop button from D4 to ground. Speaks Palpa protocol v1
 * (../PROTOCOL.md) at 115200 baud: HELLO at power-up and on IDENTIFY, DATA after START.
 *
 * HX711 facts used (Avia Semiconductor HX711 datasheet, rev 2.0): DOUT goes low when a conversion
 * is ready; 24 clock pulses shift it out MSB first in two's complement; a 25th pulse selects
 * channel A at gain 128 for the next conversion; PD_SCK high time 0.2..50 us; 10 or 80
 * samples/s set by the RATE pin (tie it high for 80).
 */
#include <avr/io.h>
#include <util/delay.h>

#include "avr_link.h"

#define DOUT PD2
#define SCK PD3
#define BUTTON PD4
#define FULL_SCALE 0x7FFFFFL
#define OVERLOAD_COUNTS (FULL_SCALE - 1024) /* within 1024 counts of the rails the cell is saturated */

static const char *const names[] = {"probe"};
static int32_t offset;

void device_hello(void) {
    uint8_t p[64];
    uint16_t rate_hz = (uint16_t) (1000000UL / link_period_us()); /* the rate it streams at now, after any SET_RATE */
    uint16_t n = palpa_hello_payload(p, "palpa-algometer", PALPA_SERIAL, "1.0.0", 24, rate_hz, names, 1);
    link_send(PALPA_HELLO, link_micros(), p, n);
}

uint8_t device_accepts_rate(uint16_t rate_hz) {
    return rate_hz >= 1 && rate_hz <= 80; /* the HX711 converts 80 times a second at most */
}

static uint8_t hx711_ready(void) {
    return !(PIND & _BV(DOUT));
}

static int32_t hx711_read(void) {
    uint32_t v = 0;
    for (uint8_t i = 0; i < 25; i++) {
        PORTD |= _BV(SCK);
        _delay_us(1);
        if (i < 24) {
            v = (v << 1) | ((PIND & _BV(DOUT)) ? 1u : 0u);
        }
        PORTD &= (uint8_t) ~_BV(SCK);
        _delay_us(1);
    }
    if (v & 0x800000UL) {
        v |= 0xFF000000UL; /* sign-extend the 24-bit two's complement value */
    }
    return (int32_t) v;
}

void device_tare(void) {
    int64_t sum = 0;
    for (uint8_t i = 0; i < 16; i++) {
        while (!hx711_ready()) {
        }
        sum += hx711_read();
    }
    offset = (int32_t) (sum / 16);
}

int main(void) {
    DDRD |= _BV(SCK);
    PORTD |= _BV(BUTTON); /* pull-up: the button pulls D4 low */
    link_init();
    link_set_period_us(12500);
    device_hello();
    uint32_t next = link_micros();
    uint8_t pressed = 0, overloaded = 0;
    uint32_t pressed_at = 0;
    for (;;) {
        link_poll();
        uint32_t now = link_micros();
        uint8_t down = !(PIND & _BV(BUTTON));
        if (down && !pressed && now - pressed_at > 20000UL) { /* 20 ms debounce */
            link_event(PALPA_EVENT_STOP_BUTTON, 0xFF);
            pressed_at = now;
        }
        pressed = down;
        if (!link_streaming() || (int32_t) (now - next) < 0 || !hx711_ready()) {
            continue;
        }
        next += link_period_us();
        if ((int32_t) (now - next) > 0) {
            next = now + link_period_us(); /* fell behind (a long command, or just started): restart, do not burst */
        }
        int32_t raw = hx711_read();
        uint8_t over = raw >= OVERLOAD_COUNTS || raw <= -OVERLOAD_COUNTS;
        if (over && !overloaded) {
            link_event(PALPA_EVENT_OVERLOAD, 0);
        }
        overloaded = over;
        uint8_t p[4];
        palpa_put_u32(p, (uint32_t) (raw - offset));
        link_send(PALPA_DATA, now, p, 4);
    }
}

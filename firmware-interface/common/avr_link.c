/* ATmega328P link layer for the reference firmware; see avr_link.h. */
#include "avr_link.h"

#include <avr/interrupt.h>
#include <avr/io.h>
#include <util/atomic.h>

static volatile uint32_t timer0_overflows;
static uint16_t sequence;
static uint8_t streaming;
static uint32_t period_us = 12500;
static struct palpa_decoder decoder;

ISR(TIMER0_OVF_vect) {
    timer0_overflows++;
}

static void uart_put(uint8_t b) {
    while (!(UCSR0A & _BV(UDRE0))) {
    }
    UDR0 = b;
}

uint32_t link_micros(void) {
    uint32_t overflows;
    uint8_t ticks;
    ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
        overflows = timer0_overflows;
        ticks = TCNT0;
        if ((TIFR0 & _BV(TOV0)) && ticks < 255) {
            overflows++; /* an overflow is pending but its interrupt has not run yet */
        }
    }
    return ((overflows << 8) + ticks) * 4u; /* 16 MHz / 64 = 4 us per tick */
}

void link_send(uint8_t type, uint32_t t_us, const uint8_t *payload, uint16_t n) {
    uint8_t frame[PALPA_OVERHEAD + 96];
    if (n > sizeof frame - PALPA_OVERHEAD) {
        return;
    }
    uint16_t len = (uint16_t) palpa_encode(frame, type, sequence++, t_us, payload, n);
    for (uint16_t i = 0; i < len; i++) {
        uart_put(frame[i]);
    }
}

void link_event(uint8_t kind, uint8_t channel) {
    uint8_t p[2] = {kind, channel};
    link_send(PALPA_EVENT, link_micros(), p, 2);
}

static void ack(uint8_t command, uint16_t command_seq, uint8_t status) {
    uint8_t p[4] = {command, (uint8_t) command_seq, (uint8_t) (command_seq >> 8), status};
    link_send(PALPA_ACK, link_micros(), p, 4);
}

static void on_command(void *ctx, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *p, uint16_t n) {
    (void) ctx;
    (void) t_us;
    switch (type) {
        case PALPA_IDENTIFY:
            ack(type, seq, 0);
            device_hello();
            break;
        case PALPA_START:
            streaming = 1;
            ack(type, seq, 0);
            break;
        case PALPA_STOP:
            streaming = 0;
            ack(type, seq, 0);
            break;
        case PALPA_TARE:
            ack(type, seq, 0);
            device_tare();
            link_event(PALPA_EVENT_TARE_DONE, 0xFF);
            break;
        case PALPA_SET_RATE:
            if (n == 2 && palpa_u16(p) > 0 && device_accepts_rate(palpa_u16(p))) {
                period_us = 1000000UL / palpa_u16(p);
                ack(type, seq, 0);
            } else {
                ack(type, seq, 1);
            }
            break;
        default:
            ack(type, seq, 2);
    }
}

void link_init(void) {
    UCSR0A = _BV(U2X0);
    UBRR0 = 16; /* 16 MHz / (8 x 17) = 117647 baud, 2.1 % above 115200 (ATmega328P datasheet, table 20-7) */
    UCSR0B = _BV(RXEN0) | _BV(TXEN0);
    UCSR0C = _BV(UCSZ01) | _BV(UCSZ00); /* 8N1 */
    TCCR0A = 0;
    TCCR0B = _BV(CS01) | _BV(CS00); /* clk/64 */
    TIMSK0 = _BV(TOIE0);
    palpa_decoder_init(&decoder, on_command, 0, 0);
    sei();
}

void link_poll(void) {
    while (UCSR0A & _BV(RXC0)) {
        uint8_t b = UDR0;
        palpa_decoder_feed(&decoder, &b, 1);
    }
}

uint8_t link_streaming(void) {
    return streaming;
}

uint32_t link_period_us(void) {
    return period_us;
}

void link_set_period_us(uint32_t us) {
    period_us = us;
}

/* ATmega328P board layer for the reference firmware; see avr_link.h. */
#include "avr_link.h"

#include <avr/interrupt.h>
#include <avr/io.h>
#include <util/atomic.h>

/*
 * Received bytes are taken from the USART by its interrupt, because the main loop can be busy for
 * longer than the USART holds them: it writes whole frames (a glove DATA frame is 33 bytes, 2.8 ms)
 * and reads sensors, while the USART keeps only two received bytes and one in its shift register
 * before it drops the next (ATmega328P datasheet, USART0, "Data OverRun"). Polling lost commands.
 */
#define RX_BUFFER 64u /* a power of two; a few commands' worth */

static volatile uint32_t timer0_overflows;
static volatile uint8_t rx_buffer[RX_BUFFER];
static volatile uint8_t rx_head; /* written only by the interrupt */
static volatile uint8_t rx_tail; /* written only by link_poll */

ISR(TIMER0_OVF_vect) {
    timer0_overflows++;
}

ISR(USART_RX_vect) {
    uint8_t byte = UDR0;
    uint8_t next = (uint8_t) ((rx_head + 1u) & (RX_BUFFER - 1u));
    if (next != rx_tail) { /* when full, drop the byte: the command's CRC fails and the host repeats it */
        rx_buffer[rx_head] = byte;
        rx_head = next;
    }
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

void link_port_write(const uint8_t *bytes, uint16_t n) {
    for (uint16_t i = 0; i < n; i++) {
        while (!(UCSR0A & _BV(UDRE0))) {
        }
        UDR0 = bytes[i];
    }
}

void link_init(void) {
    UCSR0A = _BV(U2X0);
    UBRR0 = 16; /* 16 MHz / (8 x 17) = 117647 baud, 2.1 % above 115200 (ATmega328P datasheet, table 20-7) */
    UCSR0B = _BV(RXCIE0) | _BV(RXEN0) | _BV(TXEN0);
    UCSR0C = _BV(UCSZ01) | _BV(UCSZ00); /* 8N1 */
    TCCR0A = 0;
    TCCR0B = _BV(CS01) | _BV(CS00); /* clk/64 */
    TIMSK0 = _BV(TOIE0);
    link_reset();
    sei();
}

void link_poll(void) {
    while (rx_tail != rx_head) {
        uint8_t byte = rx_buffer[rx_tail];
        rx_tail = (uint8_t) ((rx_tail + 1u) & (RX_BUFFER - 1u));
        link_receive(byte);
    }
}

/*
 * The host's end of the ATmega328P's USART0, hooked to simavr's UART irqs: bytes the firmware
 * writes go to a callback, and bytes for the firmware go in at the host's baud rate, one every
 * 10 bit times (8N1). The receiver keeps what the real part keeps: two bytes in its FIFO and one
 * in the shift register (ATmega328P datasheet, USART0, "Receiving Frames" and "Data OverRun");
 * a byte that arrives with all three full is lost and counted, where simavr would hold 64.
 */
#ifndef SIM_UART_H
#define SIM_UART_H

#include <stddef.h>
#include <stdint.h>

#include <avr_uart.h>
#include <sim_avr.h>

#define UART_QUEUE 4096

typedef void (*uart_out_fn)(void *ctx, uint8_t byte, avr_cycle_count_t cycle);

struct uart_link {
    avr_t *avr;
    avr_uart_t *uart;
    avr_irq_t *input;
    uart_out_fn out;
    void *out_ctx;
    uint32_t host_baud;
    uint8_t queue[UART_QUEUE]; /* host to device, not yet on the wire */
    size_t head, tail;
    uint64_t to_device, to_host, overruns;
    avr_io_write_t baud_write;
    void *baud_param;
};

/* Attaches to USART0 of avr; out receives each byte the firmware sends, with the cycle it was written. */
int uart_link_attach(struct uart_link *u, avr_t *avr, uint32_t host_baud, uart_out_fn out, void *ctx);

/* Queues bytes from the host; returns how many fitted. */
size_t uart_link_send(struct uart_link *u, const uint8_t *bytes, size_t n);

/* The firmware's baud rate from UBRR0 and U2X0, or 0 before it set one. */
double uart_link_device_baud(const struct uart_link *u);

#endif

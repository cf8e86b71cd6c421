/* The UART bridge on simavr's irqs; see uart.h. */
#include "uart.h"

#include <string.h>

#define UCSR0A 0xC0
#define U2X0 1
#define UBRR0L 0xC4
#define UBRR0H 0xC5
#define BITS_PER_BYTE 10 /* start, 8 data, stop */

static void on_output(avr_irq_t *irq, uint32_t value, void *param) {
    struct uart_link *u = param;
    (void) irq;
    u->to_host++;
    u->out(u->out_ctx, (uint8_t) value, u->avr->cycle);
}

double uart_link_device_baud(const struct uart_link *u) {
    const uint8_t *d = u->avr->data;
    unsigned ubrr = (unsigned) d[UBRR0L] | (unsigned) (d[UBRR0H] & 0x0F) << 8;
    double divider = (d[UCSR0A] >> U2X0 & 1) ? 8.0 : 16.0; /* ATmega328P datasheet, table 20-1 */
    return d[UBRR0L] || d[UBRR0H] ? u->avr->frequency / (divider * (ubrr + 1)) : 0.0;
}

/* simavr counts a parity bit in every byte even when parity is off; 8N1 is 10 bits. */
static void on_baud_write(avr_t *avr, avr_io_addr_t addr, uint8_t v, void *param) {
    struct uart_link *u = param;
    u->baud_write(avr, addr, v, u->baud_param);
    double baud = uart_link_device_baud(u);
    if (baud > 0) {
        u->uart->cycles_per_byte = (avr_cycle_count_t) (BITS_PER_BYTE * avr->frequency / baud + 0.5);
    }
}

/* Every host byte time: the next queued byte starts on the wire, unless the receiver has nowhere to put it. */
static avr_cycle_count_t on_host_byte(avr_t *avr, avr_cycle_count_t when, void *param) {
    struct uart_link *u = param;
    if (u->head != u->tail) {
        uint8_t b = u->queue[u->tail];
        u->tail = (u->tail + 1) % UART_QUEUE;
        const uart_fifo_t *fifo = &u->uart->input;
        if (((unsigned) fifo->write - fifo->read) % uart_fifo_fifo_size >= 3) {
            u->overruns++; /* FIFO and shift register full: the real USART sets DOR and the byte is lost */
        } else {
            u->to_device++;
            avr_raise_irq(u->input, b);
        }
    }
    return when + (avr_cycle_count_t) (BITS_PER_BYTE * (double) avr->frequency / u->host_baud + 0.5);
}

size_t uart_link_send(struct uart_link *u, const uint8_t *bytes, size_t n) {
    size_t k = 0;
    while (k < n && (u->head + 1) % UART_QUEUE != u->tail) {
        u->queue[u->head] = bytes[k++];
        u->head = (u->head + 1) % UART_QUEUE;
    }
    return k;
}

int uart_link_attach(struct uart_link *u, avr_t *avr, uint32_t host_baud, uart_out_fn out, void *ctx) {
    memset(u, 0, sizeof *u);
    u->avr = avr;
    u->out = out;
    u->out_ctx = ctx;
    u->host_baud = host_baud;
    for (avr_io_t *io = avr->io_port; io; io = io->next) {
        if (io->kind && strcmp(io->kind, "uart") == 0) {
            u->uart = (avr_uart_t *) io; /* the ATmega328P has one USART; avr_uart_t begins with its avr_io_t */
        }
    }
    if (!u->uart) {
        return -1;
    }
    uint32_t flags = 0; /* no console echo, no sleeping in the status-register poll */
    avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
    u->input = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), on_output, u);
    int slot = AVR_DATA_TO_IO(UBRR0L);
    u->baud_write = avr->io[slot].w.c;
    u->baud_param = avr->io[slot].w.param;
    avr->io[slot].w.c = on_baud_write;
    avr->io[slot].w.param = u;
    avr_cycle_timer_register(avr, 1000, on_host_byte, u);
    return 0;
}

/* Device side of Palpa protocol v1; see palpa_device.h. */
#include "palpa_device.h"

static uint16_t sequence;
static uint8_t streaming;
static uint32_t period_us = 12500;
static struct palpa_decoder decoder;
static uint8_t decoder_ready;

void link_send(uint8_t type, uint32_t t_us, const uint8_t *payload, uint16_t n) {
    uint8_t frame[PALPA_OVERHEAD + 96];
    if (n > sizeof frame - PALPA_OVERHEAD) {
        return;
    }
    uint16_t len = (uint16_t) palpa_encode(frame, type, sequence++, t_us, payload, n);
    link_port_write(frame, len);
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

void link_receive(uint8_t byte) {
    if (!decoder_ready) {
        palpa_decoder_init(&decoder, on_command, 0, 0);
        decoder_ready = 1;
    }
    palpa_decoder_feed(&decoder, &byte, 1);
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

void link_reset(void) {
    sequence = 0;
    streaming = 0;
    decoder_ready = 0;
}

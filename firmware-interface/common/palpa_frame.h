/*
 * Palpa serial protocol v1: CRC-16/CCITT-FALSE, frame encoder and streaming frame decoder.
 * Portable C99 with no allocation; used by the reference firmware and tested on the host
 * against ../vectors/palpa-binary.vec. See ../PROTOCOL.md for the layout.
 */
#ifndef PALPA_FRAME_H
#define PALPA_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define PALPA_SYNC0 0xAAu
#define PALPA_SYNC1 0x55u
#define PALPA_HEADER 11u
#define PALPA_OVERHEAD 13u
/* Largest payload protocol v1 allows. */
#define PALPA_PROTOCOL_MAX_PAYLOAD 1024u
/* Largest payload this build can receive; a small device sets it low with -DPALPA_MAX_PAYLOAD=8. */
#ifndef PALPA_MAX_PAYLOAD
#define PALPA_MAX_PAYLOAD PALPA_PROTOCOL_MAX_PAYLOAD
#endif

enum palpa_type {
    PALPA_HELLO = 0x01, PALPA_DATA = 0x02, PALPA_EVENT = 0x03, PALPA_ERROR = 0x04, PALPA_ACK = 0x05,
    PALPA_IDENTIFY = 0x10, PALPA_START = 0x11, PALPA_STOP = 0x12, PALPA_TARE = 0x13, PALPA_SET_RATE = 0x14
};

enum palpa_event_kind { PALPA_EVENT_STOP_BUTTON = 1, PALPA_EVENT_TARE_DONE = 2, PALPA_EVENT_OVERLOAD = 3 };

enum palpa_problem { PALPA_BAD_CHECKSUM = 1, PALPA_BAD_LENGTH = 2 };

/* CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no xorout); check("123456789") = 0x29B1. */
uint16_t palpa_crc16(uint16_t crc, const uint8_t *data, size_t length);

/* Writes one frame into out (room for PALPA_OVERHEAD + n bytes); returns its length. */
size_t palpa_encode(uint8_t *out, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *payload, uint16_t n);

typedef void (*palpa_frame_fn)(void *ctx, uint8_t type, uint16_t seq, uint32_t t_us,
                               const uint8_t *payload, uint16_t n);
typedef void (*palpa_error_fn)(void *ctx, enum palpa_problem problem, uint32_t stream_offset);

/* A streaming decoder: feed bytes as they come; whole frames and errors come out through the callbacks. */
struct palpa_decoder {
    uint8_t buf[PALPA_OVERHEAD + PALPA_MAX_PAYLOAD];
    uint16_t len;
    uint32_t offset;          /* stream offset of buf[0] */
    palpa_frame_fn on_frame;
    palpa_error_fn on_error;
    void *ctx;
    uint32_t frames, checksum_errors, length_errors;
};

void palpa_decoder_init(struct palpa_decoder *d, palpa_frame_fn on_frame, palpa_error_fn on_error, void *ctx);
void palpa_decoder_feed(struct palpa_decoder *d, const uint8_t *bytes, size_t n);

/* Little-endian helpers. */
static inline void palpa_put_u16(uint8_t *b, uint16_t v) { b[0] = (uint8_t) v; b[1] = (uint8_t) (v >> 8); }
static inline void palpa_put_u32(uint8_t *b, uint32_t v) {
    b[0] = (uint8_t) v; b[1] = (uint8_t) (v >> 8); b[2] = (uint8_t) (v >> 16); b[3] = (uint8_t) (v >> 24);
}
static inline uint16_t palpa_u16(const uint8_t *b) { return (uint16_t) (b[0] | (uint16_t) b[1] << 8); }
static inline uint32_t palpa_u32(const uint8_t *b) {
    return (uint32_t) b[0] | (uint32_t) b[1] << 8 | (uint32_t) b[2] << 16 | (uint32_t) b[3] << 24;
}

#endif

#ifndef PALPA_FRAME_HELLO
#define PALPA_FRAME_HELLO
/* Builds a HELLO payload into out; returns its length. names holds count channel names. */
uint16_t palpa_hello_payload(uint8_t *out, const char *model, const char *serial, const char *firmware,
                             uint8_t adc_bits, uint16_t rate_hz, const char *const *names, uint8_t count);
#endif

/*
 * Host unit test of ../common/palpa_frame.c against the shared vectors:
 *   cc -std=c99 -Wall -Wextra -Werror -I../common ../common/palpa_frame.c test_palpa_frame.c -o test && ./test ../vectors/palpa-binary.vec
 * Decodes every vector, renders each frame in the vectors' text form, compares with the expected
 * lines, and re-encodes every good frame to check the encoder gives back the same bytes.
 */
#include "palpa_frame.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_BYTES 8192
#define MAX_LINES 64
#define LINE 512

struct run {
    const uint8_t *input;
    char out[MAX_LINES][LINE];
    int count;
    int have_last;
    uint16_t last_seq;
    uint32_t last_us;
    long long seq, us;
    long frames, content, length, lost;
    int encode_failures;
};

static void add(struct run *r, const char *text) {
    if (r->count < MAX_LINES) {
        snprintf(r->out[r->count++], LINE, "%s", text);
    }
}

static void corrupt(struct run *r, const char *problem, uint32_t at) {
    char line[LINE];
    snprintf(line, sizeof line, "CORRUPT %s at=%" PRIu32, problem, at);
    add(r, line);
}

/* Reads a length-prefixed text; returns 0 when malformed. */
static int text(const uint8_t *p, uint16_t n, uint16_t *at, char *out) {
    if (*at >= n || *at + 1u + p[*at] > n) {
        return 0;
    }
    uint8_t len = p[*at];
    for (uint8_t i = 0; i < len; i++) {
        uint8_t c = p[*at + 1 + i];
        if (c < 0x20 || c > 0x7E) {
            return 0;
        }
        out[i] = (char) c;
    }
    out[len] = 0;
    *at = (uint16_t) (*at + 1 + len);
    return 1;
}

static void on_error(void *ctx, enum palpa_problem problem, uint32_t offset) {
    corrupt(ctx, problem == PALPA_BAD_CHECKSUM ? "BAD_CHECKSUM" : "BAD_LENGTH", offset);
}

static void on_frame(void *ctx, uint8_t type, uint16_t seq, uint32_t t_us, const uint8_t *p, uint16_t n) {
    struct run *r = ctx;
    extern struct palpa_decoder *current;
    uint32_t at = current->offset;
    if (type == PALPA_HELLO && r->have_last) {
        r->last_seq = (uint16_t) (seq - 1);
        r->last_us = t_us - 1;
    }
    if (!r->have_last) {
        r->seq = seq;
        r->us = t_us;
        r->have_last = 1;
    } else {
        uint16_t step = (uint16_t) (seq - r->last_seq);
        if (type != PALPA_HELLO && step > 1) {
            r->lost += step - 1;
        }
        r->seq += step;
        r->us += (uint32_t) (t_us - r->last_us);
    }
    r->last_seq = seq;
    r->last_us = t_us;

    char line[LINE];
    int ok = 1;
    if (type == PALPA_DATA) {
        if (n == 0 || n % 4 || n / 4 > 64) {
            corrupt(r, "BAD_LENGTH", at);
            r->length++;
            return;
        }
        int k = snprintf(line, sizeof line, "DATA seq=%lld t=%lld values=", r->seq, r->us);
        for (uint16_t i = 0; i < n; i += 4) {
            k += snprintf(line + k, sizeof line - (size_t) k, "%s%" PRId32, i ? "," : "", (int32_t) palpa_u32(p + i));
        }
        uint8_t again[PALPA_OVERHEAD + 256];
        size_t len = palpa_encode(again, type, seq, t_us, p, n);
        if (memcmp(again, r->input + at, len) != 0) {
            r->encode_failures++;
        }
    } else if (type == PALPA_HELLO) {
        char model[256], serial[256], fw[256], name[256];
        if (n < 5) {
            corrupt(r, "BAD_LENGTH", at);
            r->length++;
            return;
        }
        uint16_t pos = 5;
        ok = p[4] >= 1 && p[4] <= 64 && palpa_u16(p + 2) > 0 && text(p, n, &pos, model) && text(p, n, &pos, serial)
                && text(p, n, &pos, fw);
        int k = snprintf(line, sizeof line, "HELLO version=%u adc=%u rate=%u model=%s serial=%s firmware=%s channels=",
                         p[0], p[1], palpa_u16(p + 2), model, serial, fw);
        for (uint8_t c = 0; ok && c < p[4]; c++) {
            ok = text(p, n, &pos, name);
            k += snprintf(line + k, sizeof line - (size_t) k, "%s%s", c ? "," : "", name);
        }
        ok = ok && pos == n;
    } else if (type == PALPA_EVENT) {
        static const char *kinds[] = {"", "STOP_BUTTON", "TARE_DONE", "OVERLOAD"};
        if (n != 2) {
            corrupt(r, "BAD_LENGTH", at);
            r->length++;
            return;
        }
        ok = p[0] >= 1 && p[0] <= 3;
        snprintf(line, sizeof line, "EVENT seq=%lld t=%lld kind=%s channel=%d", r->seq, r->us, ok ? kinds[p[0]] : "",
                 p[1] == 0xFF ? -1 : p[1]);
    } else if (type == PALPA_ERROR) {
        char message[256];
        uint16_t pos = 1;
        if (n < 2) {
            corrupt(r, "BAD_LENGTH", at);
            r->length++;
            return;
        }
        ok = text(p, n, &pos, message) && pos == n;
        snprintf(line, sizeof line, "FAULT code=%u message=%s", p[0], ok ? message : "");
    } else if (type == PALPA_ACK) {
        if (n != 4) {
            corrupt(r, "BAD_LENGTH", at);
            r->length++;
            return;
        }
        snprintf(line, sizeof line, "ACK command=%u seq=%u status=%u", p[0], palpa_u16(p + 1), p[3]);
    } else {
        ok = 0;
    }
    if (!ok) {
        corrupt(r, "BAD_CONTENT", at);
        r->content++;
        return;
    }
    r->frames++;
    add(r, line);
}

struct palpa_decoder *current;

static int check_vector(const char *name, const uint8_t *bytes, size_t n, char expected[][LINE], int expected_count) {
    static struct palpa_decoder d;
    static struct run r;
    memset(&r, 0, sizeof r);
    r.input = bytes;
    palpa_decoder_init(&d, on_frame, on_error, &r);
    current = &d;
    for (size_t i = 0; i < n; i++) { /* byte by byte, as a UART delivers them */
        palpa_decoder_feed(&d, bytes + i, 1);
    }
    char stats[LINE];
    snprintf(stats, sizeof stats, "STATS frames=%ld checksum=%" PRIu32 " length=%ld content=%ld lost=%ld", r.frames,
             d.checksum_errors, (long) d.length_errors + r.length, r.content, r.lost);
    add(&r, stats);
    int ok = r.count == expected_count && r.encode_failures == 0;
    for (int i = 0; ok && i < r.count; i++) {
        ok = strcmp(r.out[i], expected[i]) == 0;
    }
    if (!ok) {
        printf("FAIL %s (encoder mismatches: %d)\n", name, r.encode_failures);
        for (int i = 0; i < r.count || i < expected_count; i++) {
            printf("  got:    %s\n  expect: %s\n", i < r.count ? r.out[i] : "-", i < expected_count ? expected[i] : "-");
        }
    }
    return ok;
}

int main(int argc, char **argv) {
    const uint8_t check[] = "123456789";
    if (palpa_crc16(0xFFFFu, check, 9) != 0x29B1u) {
        printf("FAIL crc16 check value: %04X\n", palpa_crc16(0xFFFFu, check, 9));
        return 1;
    }
    FILE *f = fopen(argc > 1 ? argv[1] : "../vectors/palpa-binary.vec", "r");
    if (!f) {
        perror("vectors");
        return 2;
    }
    static uint8_t bytes[MAX_BYTES];
    static char expected[MAX_LINES][LINE];
    char line[1024], name[256] = "";
    size_t n = 0;
    int count = 0, vectors = 0, failures = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (strncmp(line, "vector ", 7) == 0) {
            snprintf(name, sizeof name, "%s", line + 7);
            n = 0;
            count = 0;
        } else if (strncmp(line, "hex ", 4) == 0) {
            char *s = line + 4, *end;
            for (unsigned long v = strtoul(s, &end, 16); end != s && n < MAX_BYTES; v = strtoul(s, &end, 16)) {
                bytes[n++] = (uint8_t) v;
                s = end;
            }
        } else if (strncmp(line, "expect ", 7) == 0 && count < MAX_LINES) {
            snprintf(expected[count++], LINE, "%s", line + 7);
        } else if (strcmp(line, "end") == 0) {
            vectors++;
            failures += !check_vector(name, bytes, n, expected, count);
        }
    }
    fclose(f);
    printf("palpa_frame.c: %d vectors, %d failed; CRC check value 0x29B1 ok\n", vectors, failures);
    return failures == 0 && vectors > 0 ? 0 : 1;
}

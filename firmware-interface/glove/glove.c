/*
 * Reference firmware: a glove with five force-sensing resistors, each in a divider with a 10 kOhm
 * resistor into analog inputs A0 (thumb) .. A4 (little finger). Samples all five at 200 Hz with
 * the 10-bit ADC and speaks Palpa protocol v1 (../PROTOCOL.md) at 115200 baud.
 *
 * ADC facts used (ATmega328P datasheet, section 24.4): a 50..200 kHz ADC clock gives full 10-bit
 * resolution, so the prescaler is 128 (125 kHz at 16 MHz); a conversion takes 13 ADC clocks,
 * 104 us, so five channels take about 0.5 ms of each 5 ms period.
 */
#include <avr/io.h>

#include "avr_link.h"

#define CHANNELS 5
#define ADC_MAX 1023

static const char *const names[CHANNELS] = {"thumb", "index", "middle", "ring", "little"};
static int16_t offset[CHANNELS];

void device_hello(void) {
    uint8_t p[80];
    uint16_t rate_hz = (uint16_t) (1000000UL / link_period_us()); /* the rate it streams at now, after any SET_RATE */
    uint16_t n = palpa_hello_payload(p, "palpa-glove", PALPA_SERIAL, "1.0.0", 10, rate_hz, names, CHANNELS);
    link_send(PALPA_HELLO, link_micros(), p, n);
}

/*
 * A DATA frame is 33 bytes, 2.8 ms at 117647 baud, and the five conversions take 0.5 ms more, so the
 * glove cannot stream faster than about 290 frames/s; in the emulator it keeps up to 280 Hz
 * (firmware-interface/README.md). 250 Hz leaves room for ACK and EVENT frames.
 */
uint8_t device_accepts_rate(uint16_t rate_hz) {
    return rate_hz >= 1 && rate_hz <= 250;
}

static int16_t adc_read(uint8_t channel) {
    ADMUX = _BV(REFS0) | channel; /* AVcc reference */
    ADCSRA |= _BV(ADSC);
    while (ADCSRA & _BV(ADSC)) {
    }
    return (int16_t) ADC;
}

void device_tare(void) {
    for (uint8_t c = 0; c < CHANNELS; c++) {
        int32_t sum = 0;
        for (uint8_t i = 0; i < 16; i++) {
            sum += adc_read(c);
        }
        offset[c] = (int16_t) (sum / 16);
    }
}

int main(void) {
    ADCSRA = _BV(ADEN) | _BV(ADPS2) | _BV(ADPS1) | _BV(ADPS0); /* enable, clk/128 */
    link_init();
    link_set_period_us(5000);
    device_hello();
    uint32_t next = link_micros();
    uint8_t overloaded = 0;
    for (;;) {
        link_poll();
        uint32_t now = link_micros();
        if (!link_streaming() || (int32_t) (now - next) < 0) {
            continue;
        }
        next += link_period_us();
        if ((int32_t) (now - next) > 0) {
            next = now + link_period_us(); /* fell behind (a long command, or just started): restart, do not burst */
        }
        uint8_t p[4 * CHANNELS];
        for (uint8_t c = 0; c < CHANNELS; c++) {
            int16_t v = adc_read(c);
            uint8_t bit = (uint8_t) (1u << c);
            if (v >= ADC_MAX && !(overloaded & bit)) {
                link_event(PALPA_EVENT_OVERLOAD, c); /* the divider is at the rail: beyond the sensor's range */
            }
            overloaded = v >= ADC_MAX ? (overloaded | bit) : (overloaded & (uint8_t) ~bit);
            palpa_put_u32(p + 4 * c, (uint32_t) (int32_t) (v - offset[c]));
        }
        link_send(PALPA_DATA, now, p, sizeof p);
    }
}

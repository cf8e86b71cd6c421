/* FSR dividers on the ADC; see fsr.h. */
#include "fsr.h"

#include <math.h>
#include <string.h>

#include <avr_adc.h>

double fsr_millivolts(double force_n) {
    if (force_n <= 0) {
        return 0.0; /* an unloaded FSR is an open circuit */
    }
    return FSR_AVCC_MV * force_n / (force_n + FSR_K_OHM_N / FSR_DIVIDER_OHM);
}

static void on_conversion_start(avr_irq_t *irq, uint32_t value, void *param) {
    struct fsr_inputs *f = param;
    (void) irq;
    union {
        avr_adc_mux_t mux;
        uint32_t raw;
    } e;
    e.raw = value;
    if (e.mux.kind != ADC_MUX_SINGLE || e.mux.src >= (unsigned) f->channels) {
        return;
    }
    f->conversions++;
    double seconds = (double) f->avr->cycle / f->avr->frequency;
    double mv = fsr_millivolts(trace_force(f->trace, (int) e.mux.src, seconds));
    avr_raise_irq(avr_io_getirq(f->avr, AVR_IOCTL_ADC_GETIRQ, ADC_IRQ_ADC0 + e.mux.src), (uint32_t) lround(mv));
}

void fsr_attach(struct fsr_inputs *f, avr_t *avr, const struct trace *trace, int channels) {
    memset(f, 0, sizeof *f);
    f->avr = avr;
    f->trace = trace;
    f->channels = channels;
    avr->vcc = avr->avcc = avr->aref = FSR_AVCC_MV;
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_ADC_GETIRQ, ADC_IRQ_OUT_TRIGGER), on_conversion_start, f);
}

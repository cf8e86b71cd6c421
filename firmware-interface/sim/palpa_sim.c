/*
 * palpa-sim: runs a Palpa reference firmware ELF on an emulated ATmega328P at 16 MHz (simavr) with
 * its sensors modelled, and bridges its UART to a pseudo-terminal, so that the host talks to it as to
 * a USB-serial device. Prints the pty path as the first line of stdout, then serves in real time
 * until SIGINT or SIGTERM. With --measure it instead drives the firmware itself in emulated time and
 * prints timing figures. See ../README.md, "Running the firmware in an emulator".
 */
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sim_avr.h>
#include <sim_elf.h>

#include "fsr.h"
#include "hx711.h"
#include "measure.h"
#include "pty.h"
#include "trace.h"
#include "uart.h"

#define HOST_BAUD 115200
#define TICK_SECONDS 0.001
/* Without a trace: rest, a 2 s ramp to 40 N, a 5 s hold, release; repeated. */
#define DEFAULT_POINTS "0:0,1:0,3:40,8:40,9:0,10:0"

static volatile sig_atomic_t stop_requested;

struct options {
    const char *device, *elf, *trace_file, *points;
    int loop, measure;
    double hx711_sps;
};

struct served {
    struct pty pty;
    struct uart_link *uart;
    struct timespec start;
    double worst_lag_s;
};

static void on_signal(int sig) {
    (void) sig;
    stop_requested = 1;
}

static int usage(const char *why) {
    fprintf(stderr, "palpa-sim: %s\nusage: palpa-sim --device algometer|glove --elf FILE [--trace FILE.csv | "
            "--points T:F,T:F,...] [--loop] [--hx711-sps N] [--measure]\n", why);
    return 2;
}

static int parse(int argc, char **argv, struct options *o) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (!strcmp(a, "--device") && more) {
            o->device = argv[++i];
        } else if (!strcmp(a, "--elf") && more) {
            o->elf = argv[++i];
        } else if (!strcmp(a, "--trace") && more) {
            o->trace_file = argv[++i];
        } else if (!strcmp(a, "--points") && more) {
            o->points = argv[++i];
        } else if (!strcmp(a, "--hx711-sps") && more) {
            o->hx711_sps = atof(argv[++i]);
            if (!(o->hx711_sps >= 1 && o->hx711_sps <= 1000)) {
                fprintf(stderr, "palpa-sim: --hx711-sps must be between 1 and 1000, was '%s'\n", argv[i]);
                return -1;
            }
        } else if (!strcmp(a, "--loop")) {
            o->loop = 1;
        } else if (!strcmp(a, "--measure")) {
            o->measure = 1;
        } else {
            fprintf(stderr, "palpa-sim: unknown or incomplete option '%s'\n", a);
            return -1;
        }
    }
    return 0;
}

static void on_device_byte(void *ctx, uint8_t byte, avr_cycle_count_t cycle) {
    (void) cycle;
    pty_put(&((struct served *) ctx)->pty, byte);
}

/* Every millisecond of emulated time: exchange bytes with the pty, then wait for the wall clock to catch up. */
static avr_cycle_count_t on_tick(avr_t *avr, avr_cycle_count_t when, void *param) {
    struct served *s = param;
    uint8_t in[256];
    size_t n = pty_service(&s->pty, in, sizeof in);
    if (n > 0) {
        uart_link_send(s->uart, in, n);
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double wall = (double) (now.tv_sec - s->start.tv_sec) + (now.tv_nsec - s->start.tv_nsec) / 1e9;
    double ahead = (double) avr->cycle / avr->frequency - wall;
    if (ahead > 0) {
        struct timespec pause = {0, (long) (ahead * 1e9)};
        nanosleep(&pause, NULL);
    } else if (-ahead > s->worst_lag_s) {
        s->worst_lag_s = -ahead;
    }
    return when + (avr_cycle_count_t) (TICK_SECONDS * avr->frequency);
}

static int serve(avr_t *avr, struct uart_link *uart, struct served *s, int stdout_fd) {
    s->uart = uart;
    dprintf(stdout_fd, "%s\n", s->pty.path);
    close(stdout_fd);
    clock_gettime(CLOCK_MONOTONIC, &s->start);
    avr_cycle_timer_register(avr, (avr_cycle_count_t) (TICK_SECONDS * avr->frequency), on_tick, s);
    while (!stop_requested) {
        int state = avr_run(avr);
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "palpa-sim: the firmware stopped (simavr state %d) at %.3f s\n", state,
                    (double) avr->cycle / avr->frequency);
            return 1;
        }
    }
    fprintf(stderr, "palpa-sim: stopped after %.1f s emulated; %llu bytes to the host, %llu from it, %llu lost to "
            "receiver overrun, %llu sent with no host attached; emulation lagged real time by %.0f ms at worst\n",
            (double) avr->cycle / avr->frequency, (unsigned long long) uart->to_host,
            (unsigned long long) uart->to_device, (unsigned long long) uart->overruns,
            (unsigned long long) s->pty.discarded, s->worst_lag_s * 1e3);
    return 0;
}

static int load_trace(const struct options *o, struct trace *t) {
    char err[256];
    int status = o->trace_file ? trace_read_file(t, o->trace_file, err, sizeof err)
                               : trace_parse_points(t, o->points ? o->points : DEFAULT_POINTS, err, sizeof err);
    if (status) {
        fprintf(stderr, "palpa-sim: %s\n", err);
        return -1;
    }
    t->loop = o->loop || (!o->trace_file && !o->points);
    return 0;
}

int main(int argc, char **argv) {
    struct options o = {0};
    o.hx711_sps = 80.0;
    if (parse(argc, argv, &o) || !o.device || !o.elf) {
        return usage("--device and --elf are required");
    }
    int algometer = !strcmp(o.device, "algometer");
    if (!algometer && strcmp(o.device, "glove")) {
        return usage("--device must be algometer or glove");
    }
    /* the pty path is to be the first line of stdout: simavr's own messages go to stderr */
    int stdout_fd = dup(STDOUT_FILENO);
    if (!o.measure) {
        dup2(STDERR_FILENO, STDOUT_FILENO);
        setvbuf(stdout, NULL, _IOLBF, 0); /* in order with what goes to stderr */
    }
    static struct trace trace;
    if (load_trace(&o, &trace)) {
        return 2;
    }
    elf_firmware_t firmware;
    memset(&firmware, 0, sizeof firmware);
    if (access(o.elf, R_OK) || elf_read_firmware(o.elf, &firmware)) {
        fprintf(stderr, "palpa-sim: cannot read the firmware ELF %s\n", o.elf);
        return 1;
    }
    avr_t *avr = avr_make_mcu_by_name("atmega328p");
    if (!avr || avr_init(avr)) {
        fprintf(stderr, "palpa-sim: simavr has no ATmega328P\n");
        return 1;
    }
    avr_load_firmware(avr, &firmware);
    avr->frequency = 16000000;
    static struct hx711 hx711;
    static struct fsr_inputs fsr;
    if (algometer) {
        hx711_attach(&hx711, avr, &trace, 'D', 2, 3, o.hx711_sps); /* DOUT on D2, PD_SCK on D3, as algometer.c wires them */
    } else {
        fsr_attach(&fsr, avr, &trace, 5); /* A0..A4, thumb to little finger, as glove.c wires them */
    }
    static struct served served;
    static struct uart_link uart;
    if (uart_link_attach(&uart, avr, HOST_BAUD, o.measure ? measure_on_byte : on_device_byte,
                         o.measure ? NULL : &served)) {
        fprintf(stderr, "palpa-sim: no USART0 in simavr's ATmega328P\n");
        return 1;
    }
    if (o.measure) {
        static const int algometer_rates[] = {10, 20, 40, 80, 0}, glove_rates[] = {50, 100, 200, 250, 0};
        struct measure_target t = {o.device, algometer ? 80 : 200, algometer ? algometer_rates : glove_rates,
                                   algometer ? 70 : 200, algometer ? 90 : 500, 10, algometer ? &hx711 : NULL};
        return measure_run(avr, &uart, &t);
    }
    char err[256];
    if (pty_open(&served.pty, err, sizeof err)) {
        fprintf(stderr, "palpa-sim: %s\n", err);
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int status = serve(avr, &uart, &served, stdout_fd);
    pty_close(&served.pty);
    trace_free(&trace);
    return status;
}

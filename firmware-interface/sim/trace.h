/*
 * A force trace: piecewise-linear force in newtons against time in seconds, one column per
 * channel or one column for every channel. Read from a CSV file or from a short inline list.
 */
#ifndef SIM_TRACE_H
#define SIM_TRACE_H

#include <stddef.h>

#define TRACE_MAX_COLUMNS 8

struct trace {
    int rows;
    int columns;     /* force columns after the time column */
    int loop;        /* after the last row, start again from the first */
    double *time_s;  /* rows */
    double *force_n; /* rows x columns */
};

/*
 * Reads a CSV file: an optional header line, '#' comments, then rows of time_s,force_n[,force_n...]
 * with strictly increasing times. Returns 0, or -1 with a one-line message in err naming the line.
 */
int trace_read_file(struct trace *t, const char *path, char *err, size_t err_len);

/* Parses "t:f,t:f,..." (seconds:newtons), for example "0:0,2:40,8:40,9:0". */
int trace_parse_points(struct trace *t, const char *spec, char *err, size_t err_len);

/* The force on channel at time seconds: held before the first and after the last row unless looping. */
double trace_force(const struct trace *t, int channel, double seconds);

void trace_free(struct trace *t);

#endif

/* Force traces for the emulator; see trace.h. */
#include "trace.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add_row(struct trace *t, double time_s, const double *force, int columns, int *capacity) {
    if (t->rows == *capacity) {
        *capacity = *capacity ? *capacity * 2 : 64;
        double *ts = realloc(t->time_s, sizeof *ts * (size_t) *capacity);
        double *fs = realloc(t->force_n, sizeof *fs * (size_t) *capacity * TRACE_MAX_COLUMNS);
        if (!ts || !fs) {
            free(ts ? ts : t->time_s);
            free(fs ? fs : t->force_n);
            t->time_s = NULL;
            t->force_n = NULL;
            return -1;
        }
        t->time_s = ts;
        t->force_n = fs;
    }
    t->time_s[t->rows] = time_s;
    memcpy(t->force_n + (size_t) t->rows * TRACE_MAX_COLUMNS, force, sizeof *force * (size_t) columns);
    t->rows++;
    return 0;
}

/* Splits a line into numbers; returns how many, or -1 if a field is not a finite number. */
static int numbers(char *line, double *out, int max) {
    int n = 0;
    for (char *field = strtok(line, ",;\t"); field; field = strtok(NULL, ",;\t")) {
        char *end;
        errno = 0;
        double v = strtod(field, &end);
        while (*end == ' ' || *end == '\r' || *end == '\n') {
            end++;
        }
        if (end == field || *end || errno || !isfinite(v) || n == max) {
            return -1;
        }
        out[n++] = v;
    }
    return n;
}

static int check_row(struct trace *t, int n, const double *v, const char *where, int line, char *err, size_t len) {
    if (n < 2) {
        snprintf(err, len, "%s:%d: expected time_s,force_n (a number in each of at least two fields)", where, line);
        return -1;
    }
    if (t->rows == 0) {
        t->columns = n - 1;
    } else if (n - 1 != t->columns) {
        snprintf(err, len, "%s:%d: %d force columns, but the first row had %d", where, line, n - 1, t->columns);
        return -1;
    }
    if (t->rows > 0 && !(v[0] > t->time_s[t->rows - 1])) {
        snprintf(err, len, "%s:%d: time %g s does not come after %g s", where, line, v[0], t->time_s[t->rows - 1]);
        return -1;
    }
    return 0;
}

int trace_read_file(struct trace *t, const char *path, char *err, size_t err_len) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, err_len, "%s: %s", path, strerror(errno));
        return -1;
    }
    char buf[512];
    int capacity = 0, line = 0, status = 0, first = 1;
    while (status == 0 && fgets(buf, sizeof buf, f)) {
        line++;
        char *s = buf + strspn(buf, " \t");
        if (*s == '#' || *s == '\n' || *s == '\r' || *s == 0) {
            continue;
        }
        double v[TRACE_MAX_COLUMNS + 1];
        int n = numbers(s, v, TRACE_MAX_COLUMNS + 1);
        if (n < 0 && first) {
            first = 0;
            continue; /* a header line such as "time_s,force_n" */
        }
        first = 0;
        if (n < 0) {
            snprintf(err, err_len, "%s:%d: a field is not a number (or there are more than %d force columns)", path,
                     line, TRACE_MAX_COLUMNS);
            status = -1;
        } else if (check_row(t, n, v, path, line, err, err_len) || add_row(t, v[0], v + 1, n - 1, &capacity)) {
            status = -1;
        }
    }
    fclose(f);
    if (status == 0 && t->rows == 0) {
        snprintf(err, err_len, "%s: no rows of time_s,force_n", path);
        status = -1;
    }
    return status;
}

int trace_parse_points(struct trace *t, const char *spec, char *err, size_t err_len) {
    int capacity = 0, point = 0;
    const char *p = spec;
    while (*p) {
        char *end;
        double v[2];
        v[0] = strtod(p, &end);
        if (end == p || *end != ':') {
            snprintf(err, err_len, "--points: point %d: expected seconds:newtons, at \"%s\"", point + 1, p);
            return -1;
        }
        p = end + 1;
        v[1] = strtod(p, &end);
        if (end == p || (*end && *end != ',') || !isfinite(v[0]) || !isfinite(v[1])) {
            snprintf(err, err_len, "--points: point %d: expected seconds:newtons, at \"%s\"", point + 1, p);
            return -1;
        }
        point++;
        if (check_row(t, 2, v, "--points", point, err, err_len) || add_row(t, v[0], v + 1, 1, &capacity)) {
            return -1;
        }
        p = *end ? end + 1 : end;
    }
    if (t->rows == 0) {
        snprintf(err, err_len, "--points: no points");
        return -1;
    }
    return 0;
}

double trace_force(const struct trace *t, int channel, double seconds) {
    int c = t->columns == 1 ? 0 : channel % t->columns;
    const double first = t->time_s[0], last = t->time_s[t->rows - 1];
    if (t->loop && last > first && seconds > last) {
        seconds = first + fmod(seconds - first, last - first);
    }
    if (seconds <= first) {
        return t->force_n[c];
    }
    if (seconds >= last) {
        return t->force_n[(size_t) (t->rows - 1) * TRACE_MAX_COLUMNS + c];
    }
    int lo = 0, hi = t->rows - 1; /* time_s[lo] <= seconds < time_s[hi] */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (t->time_s[mid] <= seconds) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    double a = t->force_n[(size_t) lo * TRACE_MAX_COLUMNS + c], b = t->force_n[(size_t) hi * TRACE_MAX_COLUMNS + c];
    return a + (b - a) * (seconds - t->time_s[lo]) / (t->time_s[hi] - t->time_s[lo]);
}

void trace_free(struct trace *t) {
    free(t->time_s);
    free(t->force_n);
    t->time_s = NULL;
    t->force_n = NULL;
    t->rows = 0;
}

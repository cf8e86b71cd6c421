/* The pseudo-terminal end of the bridge; see pty.h. */
#define _GNU_SOURCE
#include "pty.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

int pty_open(struct pty *p, char *err, size_t err_len) {
    memset(p, 0, sizeof *p);
    p->master = posix_openpt(O_RDWR | O_NOCTTY);
    if (p->master < 0 || grantpt(p->master) || unlockpt(p->master) || !ptsname(p->master)) {
        snprintf(err, err_len, "cannot create a pseudo-terminal: %s", strerror(errno));
        return -1;
    }
    snprintf(p->path, sizeof p->path, "%s", ptsname(p->master));
    /* raw mode is set through the slave; the settings stay with the pty while the master is open */
    int slave = open(p->path, O_RDWR | O_NOCTTY);
    struct termios t;
    if (slave < 0 || tcgetattr(slave, &t)) {
        snprintf(err, err_len, "cannot configure %s: %s", p->path, strerror(errno));
        return -1;
    }
    cfmakeraw(&t);
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    tcsetattr(slave, TCSANOW, &t);
    close(slave);
    fcntl(p->master, F_SETFL, fcntl(p->master, F_GETFL) | O_NONBLOCK);
    return 0;
}

void pty_put(struct pty *p, uint8_t byte) {
    if (p->out_len < PTY_OUT) {
        p->out[p->out_len++] = byte;
    } else {
        p->discarded++;
    }
}

size_t pty_service(struct pty *p, uint8_t *in, size_t max) {
    struct pollfd pf = {.fd = p->master, .events = POLLIN | POLLOUT};
    if (poll(&pf, 1, 0) < 0) {
        return 0;
    }
    if (pf.revents & POLLHUP) {
        p->discarded += p->out_len; /* nobody has the slave open */
        p->out_len = 0;
        return 0;
    }
    if (p->out_len > 0 && (pf.revents & POLLOUT)) {
        ssize_t w = write(p->master, p->out, p->out_len);
        if (w > 0) {
            memmove(p->out, p->out + w, p->out_len - (size_t) w);
            p->out_len -= (size_t) w;
        }
    }
    if (pf.revents & POLLIN) {
        ssize_t r = read(p->master, in, max);
        return r > 0 ? (size_t) r : 0;
    }
    return 0;
}

void pty_close(struct pty *p) {
    if (p->master >= 0) {
        close(p->master);
    }
    p->master = -1;
}

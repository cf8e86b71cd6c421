/*
 * A pseudo-terminal standing in for the USB-serial adapter: the harness holds the master, the host
 * opens the slave (its path, /dev/pts/N, is what `palpa live --port` gets). While no program has
 * the slave open, what the device sends is thrown away, as a USB-serial adapter does with no port open.
 */
#ifndef SIM_PTY_H
#define SIM_PTY_H

#include <stddef.h>
#include <stdint.h>

#define PTY_OUT 65536

struct pty {
    int master;
    char path[128];
    uint8_t out[PTY_OUT]; /* device to host, waiting for the host to read */
    size_t out_len;
    uint64_t discarded;   /* bytes sent while no host had the port open, or while its buffer was full */
};

/* Opens a pty in raw mode (8N1, no echo, no line editing); returns 0, or -1 with a message in err. */
int pty_open(struct pty *p, char *err, size_t err_len);

/* Keeps a byte for the host. */
void pty_put(struct pty *p, uint8_t byte);

/* Writes what waits for the host and reads what it sent into in (up to max); returns the count read. */
size_t pty_service(struct pty *p, uint8_t *in, size_t max);

void pty_close(struct pty *p);

#endif

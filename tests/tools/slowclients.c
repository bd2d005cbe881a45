/* slowclients - slow HTTP clients for the server's tests (Slowloris):
 *
 *   slowclients HOST PORT SOURCE N SECONDS [INTERVAL_MS]
 *
 * keeps N connections from address SOURCE (127.0.0.2: another client than
 * the tests' own 127.0.0.1) to HOST:PORT for SECONDS, each sending the
 * start of a request and then one more header line every INTERVAL_MS
 * (default 1000), never ending its headers. A connection the server
 * closes is opened again 100 ms later. Prints one line:
 *   opened=O closed=C quick=R open=E longest=L
 * connections opened, closed by the server (R of them within 1 s of
 * opening: refused), open at the end, the longest time one stayed open (ms).
 * Exit status 0, or 2 on a usage or socket error. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

typedef struct conn {
    int fd, sent;
    double opened, last, closed_at;
} conn;

static struct sockaddr_in dst, src;
static long opened, closed, quick, open_now;
static double longest;

static void open_one(conn *c) {
    c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (c->fd < 0) return;
    if (bind(c->fd, (struct sockaddr *)&src, sizeof src) ||
        (connect(c->fd, (struct sockaddr *)&dst, sizeof dst) && errno != EINPROGRESS)) {
        close(c->fd);
        c->fd = -1;
        return;
    }
    c->opened = c->last = now_ms();
    c->sent = 0;
    opened++;
    open_now++;
}

static void close_one(conn *c, int by_server) {
    double life = now_ms() - c->opened;
    if (by_server) {
        closed++;
        if (life < 1000) quick++;
    }
    if (life > longest) longest = life;
    close(c->fd);
    c->fd = -1;
    c->closed_at = now_ms();
    open_now--;
}

int main(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr, "usage: slowclients HOST PORT SOURCE N SECONDS [INTERVAL_MS]\n");
        return 2;
    }
    int n = atoi(argv[4]);
    double end = now_ms() + atof(argv[5]) * 1e3, interval = argc > 6 ? atof(argv[6]) : 1000;
    dst.sin_family = src.sin_family = AF_INET;
    dst.sin_port = htons((uint16_t)atoi(argv[2]));
    if (n < 1 || inet_pton(AF_INET, argv[1], &dst.sin_addr) != 1 || inet_pton(AF_INET, argv[3], &src.sin_addr) != 1) {
        fprintf(stderr, "slowclients: bad arguments\n");
        return 2;
    }
    conn *cs = calloc((size_t)n, sizeof *cs);
    struct pollfd *pf = calloc((size_t)n, sizeof *pf);
    for (int i = 0; i < n; i++) open_one(&cs[i]);
    while (now_ms() < end) {
        for (int i = 0; i < n; i++) {
            if (cs[i].fd < 0 && now_ms() - cs[i].closed_at >= 100) open_one(&cs[i]);
            pf[i].fd = cs[i].fd;   /* -1: ignored by poll */
            pf[i].events = POLLIN;
        }
        poll(pf, (nfds_t)n, 100);
        double t = now_ms();
        for (int i = 0; i < n; i++) {
            conn *c = &cs[i];
            if (c->fd < 0) continue;
            char buf[512];
            if (pf[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                ssize_t got = read(c->fd, buf, sizeof buf);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                    close_one(c, 1);
                    continue;
                }
            }
            if (!c->sent || t - c->last >= interval) {
                const char *line = !c->sent ? "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" : "X-Slow: 1\r\n";
                if (send(c->fd, line, strlen(line), MSG_NOSIGNAL) < 0 && errno != EAGAIN && errno != ENOTCONN) {
                    close_one(c, 1);
                    continue;
                }
                c->last = t;
                c->sent = 1;
            }
        }
    }
    long still = open_now;
    for (int i = 0; i < n; i++)
        if (cs[i].fd >= 0) close_one(&cs[i], 0);
    printf("opened=%ld closed=%ld quick=%ld open=%ld longest=%.0f\n", opened, closed, quick, still, longest);
    free(cs);
    free(pf);
    return 0;
}

/* files.c - the dashboard's static files (see serve.h). The folder is
 * resolved once (realpath) and kept open; each request walks its path one
 * component at a time from that descriptor with O_NOFOLLOW, so no
 * component may be a symbolic link, and opens the last one only after
 * fstatat says it is a regular file (non-blocking, and checked again on
 * the descriptor): a FIFO or a device is a 404, never a blocked worker. */
#define _GNU_SOURCE
#include "serve_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int serve_web_open(ent_server *s, const char *dir, ent_err *err) {
    s->web_fd = -1;
    char *real = realpath(dir, NULL);
    int fd = real ? open(real, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    if (fd < 0) {
        free(real);
        return ent_err_set(err, ENT_EIO, dir, 0, "cannot open the dashboard folder: %s", strerror(errno));
    }
    s->web = real;
    s->web_fd = fd;
    return 0;
}

void serve_web_close(ent_server *s) {
    if (s->web_fd >= 0) close(s->web_fd);
    s->web_fd = -1;
    free(s->web);
    s->web = NULL;
}

static const char *media_type(const char *path) {
    static const struct {
        const char *ext, *type;
    } t[] = {{".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
             {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
             {".png", "image/png"},                 {".ico", "image/x-icon"},
             {".json", "application/json; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"}};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        size_t m = strlen(t[i].ext);
        if (n > m && !strcmp(path + n - m, t[i].ext)) return t[i].type;
    }
    return "application/octet-stream";
}

/* A dashboard path: segments of [A-Za-z0-9._-], none starting with a dot,
 * at most 4 deep and 200 bytes. */
static int safe_path(const char *p) {
    size_t n = strlen(p), seg = 0, depth = 0;
    if (n == 0 || n > 200) return 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = p[i];
        if (ch == '/' || ch == 0) {
            if (seg == 0 || ++depth > 4) return 0;
            seg = 0;
            continue;
        }
        if (seg == 0 && ch == '.') return 0;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
              ch == '-'))
            return 0;
        seg++;
    }
    return 1;
}

int serve_web_file(ent_server *s, const char *url, size_t *size, const char **ctype) {
    const char *rel = !strcmp(url, "/") ? "index.html" : url + 1;
    if (s->web_fd < 0 || url[0] != '/' || !safe_path(rel)) return -1;
    char path[256];
    snprintf(path, sizeof path, "%s", rel);
    int dir = s->web_fd;
    char *seg = path;
    for (char *slash; (slash = strchr(seg, '/')); seg = slash + 1) {
        *slash = 0;
        int next = openat(dir, seg, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dir != s->web_fd) close(dir);
        if (next < 0) return -1;
        dir = next;
    }
    struct stat st;
    int fd = -1;
    if (fstatat(dir, seg, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
        fd = openat(dir, seg, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (dir != s->web_fd) close(dir);
    if (fd >= 0 && (fstat(fd, &st) || !S_ISREG(st.st_mode))) {
        close(fd);
        fd = -1;
    }
    if (fd < 0) return -1;
    *size = (size_t)st.st_size;
    *ctype = media_type(rel);
    return fd;
}

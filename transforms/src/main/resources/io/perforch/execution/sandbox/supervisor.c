/*
 * PerfOrch sandbox supervisor: runs one untrusted program under limits and
 * reports what it used. Java compiles this file once and starts it either
 * inside bubblewrap (as PID 1 of a fresh PID namespace) or directly.
 *
 *   supervisor --result FILE [limits...] -- PROGRAM ARGS...
 *
 * What it does, and why here rather than in Java:
 *  - rlimits are set in the forked child only, so the supervisor itself can
 *    still fork-free measure, kill and report when the program hits them;
 *  - it is a child subreaper (and usually PID 1), so every orphan is reparented
 *    to it: the whole tree can be measured, killed and reaped;
 *  - it samples /proc every few ms for the tree's RSS and CPU, which Java
 *    cannot see inside the PID namespace (mean RSS: see mean_rss_of);
 *  - the one-line report is written only after every descendant is dead, by
 *    rename, so the program cannot forge or overwrite it.
 *
 * Report keys: exit signal killed_by wall_ns user_ns sys_ns maxrss_kb
 * peak_rss mean_rss peak_vm peak_tasks samples error (error runs to EOL).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

enum killed_by { KILLED_NONE, KILLED_WALL, KILLED_CPU, KILLED_MEMORY, KILLED_STOP };
static const char *KILLED_NAMES[] = {"none", "wall", "cpu", "memory", "stop"};

struct options {
    const char *result;
    const char *chdir_to;    /* entered by the child after the uid drop: root without caps may not enter */
    long long wall_ms, cpu_ms, as_bytes, mem_bytes, fsize_bytes;
    long long nproc, nofile, sample_ms;
    long long uid, gid;      /* -1: keep the current identity */
    int seccomp;
    char **argv;
};

struct tree_sample {
    long long rss_bytes;     /* sum over live descendants */
    long long live_cpu_ns;   /* utime+stime(+children) of live descendants */
    long long max_vm_bytes;  /* largest single address space: RLIMIT_AS is per process */
    long long tasks;         /* processes + threads: the unit RLIMIT_NPROC counts */
    int live;                /* live (non-zombie) descendants */
};

struct proc_entry { pid_t pid, ppid; char state; long long cpu_ticks, vm, rss_pages, threads; int mark; };

static long long mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long parse_num(const char *flag, const char *s) {
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || end == s) {
        fprintf(stderr, "perforch-supervisor: bad number for %s: %s\n", flag, s);
        exit(120);
    }
    return v;
}

static void parse_options(int argc, char **argv, struct options *o) {
    memset(o, 0, sizeof *o);
    o->uid = o->gid = -1;
    o->sample_ms = 5;
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *f = argv[i];
        if (!strcmp(f, "--seccomp")) { o->seccomp = 1; continue; }
        if (i + 1 >= argc) { fprintf(stderr, "perforch-supervisor: %s needs a value\n", f); exit(120); }
        const char *v = argv[++i];
        if (!strcmp(f, "--result")) o->result = v;
        else if (!strcmp(f, "--chdir")) o->chdir_to = v;
        else if (!strcmp(f, "--wall-ms")) o->wall_ms = parse_num(f, v);
        else if (!strcmp(f, "--cpu-ms")) o->cpu_ms = parse_num(f, v);
        else if (!strcmp(f, "--as-bytes")) o->as_bytes = parse_num(f, v);
        else if (!strcmp(f, "--mem-bytes")) o->mem_bytes = parse_num(f, v);
        else if (!strcmp(f, "--fsize-bytes")) o->fsize_bytes = parse_num(f, v);
        else if (!strcmp(f, "--nproc")) o->nproc = parse_num(f, v);
        else if (!strcmp(f, "--nofile")) o->nofile = parse_num(f, v);
        else if (!strcmp(f, "--sample-ms")) o->sample_ms = parse_num(f, v);
        else if (!strcmp(f, "--uid")) o->uid = parse_num(f, v);
        else if (!strcmp(f, "--gid")) o->gid = parse_num(f, v);
        else { fprintf(stderr, "perforch-supervisor: unknown option %s\n", f); exit(120); }
    }
    if (!o->result || i + 1 >= argc) {
        fprintf(stderr, "usage: supervisor --result FILE [options] -- PROGRAM [ARGS...]\n");
        exit(120);
    }
    o->argv = argv + i + 1;
}

/* ---------- /proc scanning ---------- */

static struct proc_entry *procs;
static size_t procs_cap;

static int read_stat(pid_t pid, struct proc_entry *e) {
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return -1;
    buf[n] = 0;
    char *p = strrchr(buf, ')');   /* comm may contain spaces and parens */
    if (!p) return -1;
    unsigned long long ut, st, vsize;
    long long cut, cst, threads, rss;
    int ppid;
    if (sscanf(p + 1, " %c %d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld %*d %*d %lld %*d %*u %llu %lld",
               &e->state, &ppid, &ut, &st, &cut, &cst, &threads, &vsize, &rss) != 9)
        return -1;
    e->pid = pid;
    e->ppid = ppid;
    e->cpu_ticks = (long long)(ut + st) + cut + cst;
    e->vm = (long long)vsize;
    e->rss_pages = rss;
    e->threads = threads;
    return 0;
}

static int cmp_pid(const void *a, const void *b) {
    return ((const struct proc_entry *)a)->pid - ((const struct proc_entry *)b)->pid;
}

static struct proc_entry *find_proc(size_t n, pid_t pid) {
    struct proc_entry key = {.pid = pid};
    return bsearch(&key, procs, n, sizeof *procs, cmp_pid);
}

/* mark: 0 unknown, 1 descendant of self, 2 not a descendant */
static int is_descendant(size_t n, struct proc_entry *e, pid_t self) {
    struct proc_entry *chain[64];
    int depth = 0;
    int verdict = 2;
    while (e && !e->mark) {
        if (e->ppid == self) { verdict = 1; break; }
        if (depth == 64) {  /* very deep chain: resolve the rest recursively */
            verdict = is_descendant(n, find_proc(n, e->ppid), self) == 1 ? 1 : 2;
            break;
        }
        chain[depth++] = e;
        e = find_proc(n, e->ppid);
    }
    if (e && e->mark) verdict = e->mark;
    else if (e) e->mark = verdict;
    while (depth > 0) chain[--depth]->mark = verdict;
    return verdict;
}

/* Scans /proc for descendants of this process; optionally sends them kill_sig. */
static void scan_tree(struct tree_sample *s, int kill_sig) {
    static long page_size, tick_ns;
    if (!page_size) {
        page_size = sysconf(_SC_PAGESIZE);
        tick_ns = 1000000000L / sysconf(_SC_CLK_TCK);
    }
    memset(s, 0, sizeof *s);
    pid_t self = getpid();
    DIR *d = opendir("/proc");
    if (!d) return;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!isdigit((unsigned char)de->d_name[0])) continue;
        pid_t pid = (pid_t)atoi(de->d_name);
        if (pid == self) continue;
        if (n == procs_cap) {
            procs_cap = procs_cap ? procs_cap * 2 : 256;
            procs = realloc(procs, procs_cap * sizeof *procs);
            if (!procs) { perror("perforch-supervisor: realloc"); exit(121); }
        }
        if (read_stat(pid, &procs[n]) == 0) { procs[n].mark = 0; n++; }
    }
    closedir(d);
    qsort(procs, n, sizeof *procs, cmp_pid);
    for (size_t i = 0; i < n; i++) {
        struct proc_entry *e = &procs[i];
        /* As PID 1 of a private namespace everything else is ours. */
        if (self != 1 && is_descendant(n, e, self) != 1) continue;
        if (e->state == 'Z' || e->state == 'X') continue;
        s->live++;
        s->rss_bytes += e->rss_pages * page_size;
        s->live_cpu_ns += e->cpu_ticks * tick_ns;
        s->tasks += e->threads;
        if (e->vm > s->max_vm_bytes) s->max_vm_bytes = e->vm;
        if (kill_sig) kill(e->pid, kill_sig);
    }
}

/*
 * RLIMIT_NPROC counts every task of the real uid, not just ours. Where the
 * program shares its uid with other processes (--sandbox none, or the
 * supervisor itself in a user namespace) the limit is raised by what already
 * exists, so "max processes" means processes the program may add.
 */
static long long tasks_owned_by(uid_t uid) {
    long long total = 0;
    DIR *d = opendir("/proc");
    if (!d) return 0;
    struct dirent *de;
    char path[300], buf[4096];
    while ((de = readdir(d))) {
        if (!isdigit((unsigned char)de->d_name[0])) continue;
        snprintf(path, sizeof path, "/proc/%s/status", de->d_name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        ssize_t n = read(fd, buf, sizeof buf - 1);
        close(fd);
        if (n <= 0) continue;
        buf[n] = 0;
        char *u = strstr(buf, "\nUid:"), *t = strstr(buf, "\nThreads:");
        if (u && t && (uid_t)strtoul(u + 5, NULL, 10) == uid) total += strtoll(t + 9, NULL, 10);
    }
    closedir(d);
    return total;
}

/* ---------- child side ---------- */

struct child_failure { int stage; int err; };
static const char *STAGES[] = {"setrlimit", "setgroups", "setgid", "setuid", "no_new_privs", "seccomp", "exec", "chdir"};

static void fail_child(int fd, int stage) {
    struct child_failure f = {stage, errno};
    if (write(fd, &f, sizeof f) < 0) { /* nothing more we can do */ }
    _exit(127);
}

static int set_limit(int resource, long long soft, long long hard) {
    if (soft <= 0) return 0;
    struct rlimit r = {(rlim_t)soft, (rlim_t)hard};
    return setrlimit(resource, &r);
}

#if defined(__x86_64__)
#define SECCOMP_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SECCOMP_ARCH AUDIT_ARCH_AARCH64
#endif

#define NAMESPACE_CLONE_FLAGS 0x7E020000u /* CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET */

/*
 * Defence in depth below the namespaces: no new namespaces (a user namespace
 * would hand the program capabilities), no mounts, and no kernel interfaces a
 * test program never needs but exploits love (bpf, userfaultfd, io_uring, keys).
 */
static int install_seccomp(void) {
#ifndef SECCOMP_ARCH
    return 0;  /* unknown arch: namespaces and rlimits still apply */
#else
    struct sock_filter f[160];
    int n = 0;
#define EMIT(x) (f[n++] = (struct sock_filter)x)
#define DENY(nr, err) do { EMIT(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1)); \
                           EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (err))); } while (0)
    EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)));
    EMIT(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SECCOMP_ARCH, 1, 0));
    EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS));
    EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)));
#ifdef __x86_64__
    /* x32 syscall numbers would slip past the checks below */
    EMIT(BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1));
    EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM));
#endif
    /* clone: allow unless a namespace flag is set (flags are args[0] on x86_64 and arm64) */
    EMIT(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 4));
    EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])));
    EMIT(BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, NAMESPACE_CLONE_FLAGS, 0, 1));
    EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM));
    EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
#ifdef SYS_clone3
    DENY(SYS_clone3, ENOSYS);  /* flags live in memory BPF cannot read; libc falls back to clone */
#endif
    DENY(SYS_unshare, EPERM);
    DENY(SYS_setns, EPERM);
    DENY(SYS_mount, EPERM);
    DENY(SYS_umount2, EPERM);
    DENY(SYS_pivot_root, EPERM);
    DENY(SYS_bpf, EPERM);
    DENY(SYS_userfaultfd, EPERM);
    DENY(SYS_keyctl, EPERM);
    DENY(SYS_add_key, EPERM);
    DENY(SYS_request_key, EPERM);
    DENY(SYS_init_module, EPERM);
    DENY(SYS_finit_module, EPERM);
    DENY(SYS_delete_module, EPERM);
    DENY(SYS_kexec_load, EPERM);
#ifdef SYS_kexec_file_load
    DENY(SYS_kexec_file_load, EPERM);
#endif
#ifdef SYS_open_tree
    DENY(SYS_open_tree, EPERM);
    DENY(SYS_move_mount, EPERM);
    DENY(SYS_fsopen, EPERM);
    DENY(SYS_fsconfig, EPERM);
    DENY(SYS_fsmount, EPERM);
    DENY(SYS_fspick, EPERM);
#endif
#ifdef SYS_mount_setattr
    DENY(SYS_mount_setattr, EPERM);
#endif
#ifdef SYS_io_uring_setup
    DENY(SYS_io_uring_setup, ENOSYS);
    DENY(SYS_io_uring_enter, ENOSYS);
    DENY(SYS_io_uring_register, ENOSYS);
#endif
    EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
    struct sock_fprog prog = {(unsigned short)n, f};
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
#endif
}

/* The program gets stdin/stdout/stderr only: no launcher or JVM descriptors leak in. */
static void close_inherited_fds(int keep) {
#ifdef SYS_close_range
    if ((keep <= 3 || syscall(SYS_close_range, 3, keep - 1, 0) == 0)
        && syscall(SYS_close_range, keep + 1, ~0U, 0) == 0)
        return;
#endif
    DIR *d = opendir("/proc/self/fd");
    if (!d) return;
    int own = dirfd(d);
    struct dirent *de;
    while ((de = readdir(d))) {
        int fd = atoi(de->d_name);
        if (fd > 2 && fd != keep && fd != own) close(fd);
    }
    closedir(d);
}

static void run_child(const struct options *o, int err_fd) {
    setpgid(0, 0);
    /* Start the program with default dispositions and nothing blocked, whatever we inherited. */
    for (int sig = 1; sig < NSIG; sig++) signal(sig, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    close_inherited_fds(err_fd);

    /*
     * RLIMIT_CPU is only the backstop, strictly above the limit: the kernel checks
     * it against whole ticks charged to whoever runs at the tick, which on a busy
     * machine runs ahead of the precise CPU time (10% was seen). The supervisor's
     * tree check, on the precise figure it also reports, is what ends a run.
     */
    long long cpu_s = o->cpu_ms > 0 ? o->cpu_ms / 1000 + 1 : 0;
    struct rlimit zero = {0, 0};
    if (setrlimit(RLIMIT_CORE, &zero) < 0
        || set_limit(RLIMIT_CPU, cpu_s, cpu_s + 1) < 0   /* SIGXCPU first, SIGKILL a second later */
        || set_limit(RLIMIT_AS, o->as_bytes, o->as_bytes) < 0
        || set_limit(RLIMIT_NPROC, o->nproc, o->nproc) < 0
        || set_limit(RLIMIT_FSIZE, o->fsize_bytes, o->fsize_bytes) < 0
        || set_limit(RLIMIT_NOFILE, o->nofile, o->nofile) < 0)
        fail_child(err_fd, 0);

    if (o->gid >= 0) {
        if (geteuid() == 0 && setgroups(0, NULL) < 0) fail_child(err_fd, 1);
        if (setresgid((gid_t)o->gid, (gid_t)o->gid, (gid_t)o->gid) < 0) fail_child(err_fd, 2);
    }
    if (o->uid >= 0) {
        /* From root to a non-zero uid: the kernel clears all capabilities. */
        if (setresuid((uid_t)o->uid, (uid_t)o->uid, (uid_t)o->uid) < 0) fail_child(err_fd, 3);
        if (getuid() != (uid_t)o->uid || geteuid() != (uid_t)o->uid) { errno = EPERM; fail_child(err_fd, 3); }
    }
    if (o->chdir_to) {
        if (chdir(o->chdir_to) < 0) fail_child(err_fd, 7);
        setenv("PWD", o->chdir_to, 1);  /* bwrap exported the directory it started in */
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) fail_child(err_fd, 4);
    if (o->seccomp && install_seccomp() < 0) fail_child(err_fd, 5);
    /* Set after the uid change, which clears it; covers the unsandboxed case. */
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    execvp(o->argv[0], o->argv);
    fail_child(err_fd, 6);
}

/* ---------- supervisor side ---------- */

static pid_t main_pid, main_pgid;

static void kill_tree(void) {
    struct tree_sample ignored;
    if (getpid() == 1) {
        kill(-1, SIGKILL);  /* everything in the namespace but us */
        return;
    }
    if (main_pgid > 0) kill(-main_pgid, SIGKILL);
    scan_tree(&ignored, SIGKILL);  /* stragglers that changed process group */
}

/* Reaps whatever has exited; records the main program's status. Returns -1 once no children remain. */
static int reap(int *main_status, int *main_done, long long *main_end) {
    for (;;) {
        int st;
        pid_t p = waitpid(-1, &st, WNOHANG | __WALL);
        if (p == 0) return 0;
        if (p < 0) return errno == ECHILD ? -1 : 0;
        if (p == main_pid && !*main_done) {
            *main_status = st;
            *main_done = 1;
            *main_end = mono_ns();
        }
    }
}

/*
 * Time-weighted mean of the tree's RSS. Between looks at /proc the RSS is a
 * step function (each look's value back to the previous look; the last one on
 * to the end). That needs two looks that saw memory: the first comes right
 * after exec, when the new image has touched only a few pages, and an exiting
 * process shows none, so a run shorter than one interval would average to next
 * to nothing, or to 0. Such a run's mean is its peak instead (at least the
 * kernel's high-water mark of its largest process): an upper bound, but the
 * only figure that covers the whole run, and it keeps 0 < mean <= peak.
 */
static long long mean_rss_of(double rss_integral, long long rss_samples, long long peak_rss, long long wall) {
    if (wall <= 0) return 0;
    if (rss_samples < 2) return peak_rss;
    long long mean = (long long)(rss_integral / wall);
    return mean < peak_rss ? mean : peak_rss;  /* rounding only: no step exceeds the peak */
}

static void write_result(const char *path, const char *line) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    unlink(tmp);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    size_t len = strlen(line);
    if (fd < 0 || write(fd, line, len) != (ssize_t)len || close(fd) < 0 || rename(tmp, path) < 0) {
        fprintf(stderr, "perforch-supervisor: cannot write result %s: %s\n", path, strerror(errno));
        exit(122);
    }
}

int main(int argc, char **argv) {
    struct options o;
    parse_options(argc, argv, &o);

    /* Orphans come to us (measured, killed, reaped); nobody in the sandbox may ptrace us. */
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

    sigset_t waited;
    sigemptyset(&waited);
    int stop_signals[] = {SIGTERM, SIGINT, SIGHUP};
    for (int i = 0; i < 3; i++) sigaddset(&waited, stop_signals[i]);
    sigaddset(&waited, SIGCHLD);
    sigprocmask(SIG_BLOCK, &waited, NULL);

    uid_t program_uid = o.uid >= 0 ? (uid_t)o.uid : getuid();
    if (o.nproc > 0 && program_uid != 0) o.nproc += tasks_owned_by(program_uid);

    int err_pipe[2];
    if (pipe2(err_pipe, O_CLOEXEC) < 0) { perror("perforch-supervisor: pipe"); return 121; }

    long long t0 = mono_ns();
    main_pid = fork();
    if (main_pid < 0) { perror("perforch-supervisor: fork"); return 121; }
    if (main_pid == 0) run_child(&o, err_pipe[1]);
    setpgid(main_pid, main_pid);
    main_pgid = main_pid;
    close(err_pipe[1]);

    char error[512] = "";
    struct child_failure failure;
    if (read(err_pipe[0], &failure, sizeof failure) == (ssize_t)sizeof failure)
        snprintf(error, sizeof error, "%s failed for %s: %s",
                 STAGES[failure.stage], o.argv[0], strerror(failure.err));
    close(err_pipe[0]);

    int sampling = o.sample_ms > 0;
    long long interval_ns = (sampling ? o.sample_ms : 100) * 1000000LL;
    long long deadline = o.wall_ms > 0 ? t0 + o.wall_ms * 1000000LL : 0;
    enum killed_by killed = KILLED_NONE;
    int main_status = 0, main_done = 0;
    long long main_end = 0, next_scan = t0, last_t = t0, last_rss = 0;
    long long peak_rss = 0, peak_vm = 0, peak_tasks = 0, samples = 0, rss_samples = 0;
    double rss_integral = 0;  /* byte-ns: 1 GiB for 9 s already overflows a 64-bit integer */

    while (!main_done) {
        long long now = mono_ns();
        if (killed == KILLED_NONE && deadline && now >= deadline) killed = KILLED_WALL;
        if (killed != KILLED_NONE) kill_tree();  /* repeated until the main program is reaped */

        if (now >= next_scan) {
            struct tree_sample s;
            scan_tree(&s, 0);
            struct rusage reaped;
            getrusage(RUSAGE_CHILDREN, &reaped);
            long long cpu_ns = s.live_cpu_ns
                + (reaped.ru_utime.tv_sec + reaped.ru_stime.tv_sec) * 1000000000LL
                + (reaped.ru_utime.tv_usec + reaped.ru_stime.tv_usec) * 1000LL;
            rss_integral += (double)s.rss_bytes * (now - last_t);
            last_t = now;
            last_rss = s.rss_bytes;
            if (s.rss_bytes > 0) rss_samples++;
            if (s.rss_bytes > peak_rss) peak_rss = s.rss_bytes;
            if (s.max_vm_bytes > peak_vm) peak_vm = s.max_vm_bytes;
            if (s.tasks > peak_tasks) peak_tasks = s.tasks;
            samples++;
            if (killed == KILLED_NONE && o.cpu_ms > 0 && cpu_ns > o.cpu_ms * 1000000LL) killed = KILLED_CPU;
            if (killed == KILLED_NONE && o.mem_bytes > 0 && s.rss_bytes > o.mem_bytes) killed = KILLED_MEMORY;
            if (killed != KILLED_NONE) kill_tree();
            next_scan = now + interval_ns;
        }

        long long wake = next_scan;
        if (deadline && killed == KILLED_NONE && deadline < wake) wake = deadline;
        if (killed != KILLED_NONE) wake = now + 10000000LL;
        long long wait_ns = wake - mono_ns();
        if (wait_ns < 0) wait_ns = 0;
        struct timespec ts = {wait_ns / 1000000000LL, wait_ns % 1000000000LL};
        siginfo_t info;
        int sig = sigtimedwait(&waited, &info, &ts);
        /* Stop requests count only from outside: inside our namespace the sender's pid is visible (non-zero). */
        if (sig > 0 && sig != SIGCHLD && (getpid() != 1 || info.si_pid == 0) && killed == KILLED_NONE)
            killed = KILLED_STOP;
        reap(&main_status, &main_done, &main_end);
    }
    rss_integral += (double)last_rss * (main_end - last_t);

    /* The run ends with the main program: background children are killed, all are reaped. */
    long long give_up = mono_ns() + 10000000000LL;
    for (;;) {
        int ignored_status, ignored_done = 1;
        long long ignored_end;
        kill_tree();
        if (reap(&ignored_status, &ignored_done, &ignored_end) < 0) break;
        if (mono_ns() > give_up) {
            if (!error[0]) snprintf(error, sizeof error, "descendants survived SIGKILL for 10 s");
            break;
        }
        struct timespec pause = {0, 1000000};
        nanosleep(&pause, NULL);
    }

    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    if (ru.ru_maxrss * 1024LL > peak_rss) peak_rss = ru.ru_maxrss * 1024LL;
    long long wall = main_end - t0;
    long long mean_rss = sampling ? mean_rss_of(rss_integral, rss_samples, peak_rss, wall) : 0;
    int exit_code = WIFEXITED(main_status) ? WEXITSTATUS(main_status) : -1;
    int signal_no = WIFSIGNALED(main_status) ? WTERMSIG(main_status) : 0;

    char line[1024];
    snprintf(line, sizeof line,
             "exit=%d signal=%d killed_by=%s wall_ns=%lld user_ns=%lld sys_ns=%lld maxrss_kb=%ld "
             "peak_rss=%lld mean_rss=%lld peak_vm=%lld peak_tasks=%lld samples=%lld error=%s\n",
             exit_code, signal_no, KILLED_NAMES[killed], wall,
             ru.ru_utime.tv_sec * 1000000000LL + ru.ru_utime.tv_usec * 1000LL,
             ru.ru_stime.tv_sec * 1000000000LL + ru.ru_stime.tv_usec * 1000LL,
             ru.ru_maxrss, peak_rss, mean_rss, peak_vm, peak_tasks, samples, error);
    write_result(o.result, line);
    return 0;
}

#define _GNU_SOURCE
#include "child_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* Between fork and exec only async-signal-safe calls: the parent may have
 * other threads holding locks. */
int passim_spawn_with_death_signal(const char *path, char *const argv[], char *const envp[], int death_signal,
                                   pid_t *pid) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) return errno;
    pid_t parent = getpid();
    pid_t child = fork();
    if (child < 0) {
        int failure = errno;
        close(report[0]);
        close(report[1]);
        return failure;
    }
    if (child == 0) {
        close(report[0]);
        setpgid(0, 0);
        struct sigaction fallback = {0};
        fallback.sa_handler = SIG_DFL;
        for (int signal = 1; signal < NSIG; signal++) sigaction(signal, &fallback, NULL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        int failure = 0;
        if (prctl(PR_SET_PDEATHSIG, death_signal) != 0) failure = errno;
        /* The parent may have died before the request took effect. */
        else if (getppid() != parent) failure = ESRCH;
        else {
            execve(path, argv, envp);
            failure = errno;
        }
        (void)!write(report[1], &failure, sizeof failure);
        _exit(127);
    }
    close(report[1]);
    int failure = 0;
    ssize_t got;
    do got = read(report[0], &failure, sizeof failure); while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == (ssize_t)sizeof failure) {
        int status;
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
        return failure;
    }
    *pid = child;
    return 0;
}

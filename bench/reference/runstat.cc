// runstat: runs a command and writes what it cost, for the benchmark harness.
//
//   runstat REPORT COMMAND [ARG...]
//
// Writes one line to the file REPORT: "wall user sys maxrss_kb status",
// times in seconds. Measured here rather than from Python because a child
// forked from Python starts with Python's resident memory counted in its
// peak; this launcher is small, so a command's peak RSS is its own.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: runstat REPORT COMMAND [ARG...]\n");
        return 2;
    }
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) { std::perror("runstat: fork"); return 2; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        std::perror("runstat: exec");
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) { std::perror("runstat: wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *report = std::fopen(argv[1], "w");
    if (!report) { std::perror("runstat: report"); return 2; }
    std::fprintf(report, "%.6f %.6f %.6f %ld %d\n",
                 double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9,
                 double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
                 double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6, usage.ru_maxrss, code);
    return std::fclose(report) == 0 ? 0 : 2;
}

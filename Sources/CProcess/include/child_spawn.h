#ifndef PASSIM_CHILD_SPAWN_H
#define PASSIM_CHILD_SPAWN_H

#include <sys/types.h>

/* Starts the program at `path` with `argv` (NULL-terminated; argv[0] is its
 * name) and `envp`, as the leader of a new process group, every signal at its
 * default and none blocked, and asks the kernel to send it `death_signal`
 * when the calling thread ends (Linux's PR_SET_PDEATHSIG), so a `kill -9` of
 * this process does not leave it running. posix_spawn cannot do the last.
 *
 * Returns 0 and sets *pid, or the errno value that stopped the fork or the
 * exec (ENOENT, EACCES…); no child is left running on failure. Nothing
 * passed in is kept or freed. */
int passim_spawn_with_death_signal(const char *path, char *const argv[], char *const envp[], int death_signal,
                                   pid_t *pid);

#endif

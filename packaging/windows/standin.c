/* Stand-in for the frozen exitplanner.exe, used only by check-installer.sh.
 *
 * Why: the real program is a PyInstaller bundle of Windows Python + Qt, which cannot be built on the
 * Linux CI machine. The installer does not care what the program does; the check needs a genuine
 * 64-bit Windows executable that the shortcut, the file association and the uninstaller act upon,
 * and whose output proves that the installed copy runs and receives the arguments Windows passes
 * (a plan's path on a double-click). When EXITPLANNER_STANDIN_LOG names a file, each start also
 * appends its arguments there: a program started by the shell ("start", a double-click) has no
 * console the check could read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_arguments(FILE *out, int argc, char **argv)
{
    fprintf(out, "exitplanner stand-in: %d argument(s)", argc - 1);
    for (int i = 1; i < argc; i++) {
        fprintf(out, " [%s]", argv[i]);
    }
    fprintf(out, "\n");
}

int main(int argc, char **argv)
{
    const char *log_path = getenv("EXITPLANNER_STANDIN_LOG");
    if (log_path != NULL && log_path[0] != '\0') {
        FILE *log = fopen(log_path, "a");
        if (log == NULL) {
            return 2;
        }
        print_arguments(log, argc, argv);
        fclose(log);
    }
    if (argc > 1 && strcmp(argv[1], "--self-test") == 0) {
        printf("exitplanner stand-in self-test: ok\n");
        return 0;
    }
    print_arguments(stdout, argc, argv);
    return 0;
}

/*
 * diag.h - diagnostics in the format of gcc and clang:
 *     FILE:LINE:COL: error: MESSAGE
 * Every stage reports through here; the driver writes no output file when
 * any error was reported, and exits with status 1.
 */
#ifndef ASYNCC_DIAG_H
#define ASYNCC_DIAG_H

void diag_set_file(const char *path);
void diag_error(unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_note(unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A diagnostic already formatted by libclang, counted as an error. */
void diag_raw_error(const char *formatted);
int diag_error_count(void); /* held ones included */

/* Holding: diagnostics are kept instead of printed, for a pass whose
 * findings may be dropped (the parser's, when it expands a macro and
 * parses again). diag_release() prints them (print != 0) or drops them,
 * and ends holding. */
void diag_hold(void);
void diag_release(int print);

#endif

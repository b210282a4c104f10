/** psheet's exit codes (DESIGN.md section 6), shared by every command. */
export const EXIT_OK = 0;
/** Some error-severity issue (validate, consolidate). */
export const EXIT_ERRORS = 1;
/** A usage mistake, a configuration that cannot be used, or a file that could not be read or written. */
export const EXIT_USAGE_OR_UNREADABLE = 2;

/**
 * The {@code labinov} command-line tool for lab administrators: import innovations from CSV or
 * XLSX, check and apply transitions, write reports, verify histories, export hashes, validate and
 * draw rulebooks, and migrate the schema, against an H2, PostgreSQL or MariaDB database.
 *
 * <p>The only API is {@link id.labinov.cli.Main}; the commands are package-private. Exit codes are
 * listed in {@link id.labinov.cli.Main} and in the module README.
 */
package id.labinov.cli;

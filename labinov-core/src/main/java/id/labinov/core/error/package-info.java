/**
 * API: the base of labinov's typed errors. {@link id.labinov.core.error.LabinovException} carries a
 * stable code and a message in the caller's locale; {@link
 * id.labinov.core.error.InvalidValueException} names the value that is wrong and how to fix it;
 * {@link id.labinov.core.error.InputLimitException} names the input limit exceeded. Errors that
 * belong to one area (a refused transition, a version conflict, an unknown rulebook) live in that
 * area's package and extend these.
 */
package id.labinov.core.error;

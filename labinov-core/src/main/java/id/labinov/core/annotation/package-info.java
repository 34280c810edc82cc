/**
 * API: annotations about the API itself. {@link id.labinov.core.annotation.Beta} marks what may
 * still change before 1.0.
 */
package id.labinov.core.annotation;

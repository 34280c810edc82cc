/** The oracle's own fold of raw event histories: stays, pauses, status, details, and days in stage. */
package id.labinov.oracle.fold;

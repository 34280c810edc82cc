/**
 * Not API: helpers of the reporting module that must be public to be shared between its packages.
 * They may change or disappear in any release; do not use them.
 */
package id.labinov.reporting.internal;

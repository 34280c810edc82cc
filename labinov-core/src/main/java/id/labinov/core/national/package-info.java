/**
 * API. National alignment: the national stage (inisiatif, uji coba, penerapan) derived from the rulebook
 * stage and the innovation's dates, and the national innovation profile with the fields still
 * missing.
 */
package id.labinov.core.national;

/**
 * The oracle of the yearly-cycle reports: generated years after the innovation week (displays, monitoring
 * entries, decrees and regulations, development versions, competition entries, index claims) played
 * through core's public API, and the sustainability report and the index what-if recomputed from what
 * went in.
 */
package id.labinov.oracle.cycle;

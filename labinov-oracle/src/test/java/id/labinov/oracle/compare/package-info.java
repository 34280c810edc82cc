/** Comparison of report records with the oracle's expectations, figure by figure, with readable differences. */
package id.labinov.oracle.compare;

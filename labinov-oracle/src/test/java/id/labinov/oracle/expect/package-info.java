/** Expected report figures, recomputed from the oracle's fold and the written definitions. */
package id.labinov.oracle.expect;

/** Labs on the in-memory store or a database for the oracle's tests: clock, stores, tables. */
package id.labinov.oracle.world;

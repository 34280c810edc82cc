/**
 * Rules only: an application that keeps its own data evaluates the 5D rulebook (or its own) on its
 * own facts, without a store, and runs the shipped conformance cases.
 */
package id.labinov.examples.rulesonly;

/**
 * API. Thread-safe in-memory implementations of every port: for tests, demos, rules-only use and as the
 * reference semantics other stores are checked against.
 */
package id.labinov.core.memory;

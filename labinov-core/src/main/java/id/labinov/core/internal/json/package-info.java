/**
 * Internal, not exported: helpers shared inside labinov-core. The JSON engine ({@code JsonTree}: parsing on
 * jackson-core, the canonical and stored-document forms, hashing), typed reading with JSON paths
 * for codecs ({@code TreeObject}), the one mapping of each shared value type ({@code ValueTrees})
 * and the problem-collecting reader behind the rulebook and evaluation readers
 * ({@code TreeProblems}). May change in any release without notice; do not use from other code.
 */
package id.labinov.core.internal.json;

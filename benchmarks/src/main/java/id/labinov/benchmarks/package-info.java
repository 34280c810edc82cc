/**
 * JMH benchmarks of labinov against its peers: one lifecycle of an innovation (four guards, one
 * refusal, one edit), in memory, persisted, at scale and under concurrency. Not API; see
 * {@code benchmarks/BENCHMARKS.md}.
 */
package id.labinov.benchmarks;

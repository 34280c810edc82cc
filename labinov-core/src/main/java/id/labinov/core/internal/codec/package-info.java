/**
 * Internal, exported only to labinov-persistence-jdbc: the stored forms of labinov's values. {@link
 * id.labinov.core.internal.codec.EventCodec} writes and reads the canonical event payload (the bytes a store
 * keeps verbatim and hash-chains); {@link id.labinov.core.internal.codec.StoredDocuments} writes and reads
 * the JSON documents a store may keep for an innovation's state, a programme, an evaluator's
 * scores and a refusal's reasons.
 *
 * <p>This is labinov's one codec layer. Each type is mapped once: the aggregates (events, state,
 * programme, scores, refusal reasons) in this package's package-private classes, and the value
 * types several stored forms share (innovation details, evidence, actors) in core's internal
 * {@code ValueTrees}, which request hashes use as well. Everything sits on core's internal JSON
 * engine (jackson-core's parser). Stored forms are compatible both ways within a format: every
 * document an earlier version wrote reads back, and the same value is written to the same bytes
 * (tests pin forms written by earlier versions).
 *
 * <p>The package sits above {@code event}, {@code engine} and {@code programme}, which it maps; none
 * of them depends on it.
 */
package id.labinov.core.internal.codec;

/**
 * API. Events: the past-tense records that make up an innovation's history, with their metadata. Their
 * canonical JSON form, which stores keep verbatim and hash, is written and read by
 * {@code id.labinov.core.internal.codec.EventCodec}. The family is open: consumers must tolerate
 * {@link id.labinov.core.event.UnknownEvent}.
 */
package id.labinov.core.event;

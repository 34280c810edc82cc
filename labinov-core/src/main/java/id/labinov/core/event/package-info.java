/**
 * Events: the past-tense records that make up an innovation's history, with their metadata and
 * their canonical JSON form ({@link id.labinov.core.event.EventCodec}). The family is open:
 * consumers must tolerate {@link id.labinov.core.event.UnknownEvent}.
 */
package id.labinov.core.event;

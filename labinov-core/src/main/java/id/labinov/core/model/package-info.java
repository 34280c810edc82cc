/**
 * API. Domain values: regions and their time zones, people and their numbers (NIP, PPPK), work units
 * (OPD), actors and roles, innovation ids and the national taxonomy (bentuk, jenis, initiator,
 * government affair), themes and evidence references. All are immutable and validated at
 * construction; a bad value raises {@link id.labinov.core.error.InvalidValueException} naming the field.
 */
package id.labinov.core.model;

/**
 * Not API: helpers shared inside labinov-core (JSON tree, canonical form, hashing). May change in
 * any release without notice; do not use from other code.
 */
package id.labinov.core.internal;

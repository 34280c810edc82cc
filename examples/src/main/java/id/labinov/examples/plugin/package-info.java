/**
 * A region's own rule type, registered through {@code ServiceLoader} and through the builder, and a
 * rulebook that uses it.
 */
package id.labinov.examples.plugin;

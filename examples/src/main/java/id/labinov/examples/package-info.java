/**
 * Runnable examples that use only labinov's public API: {@link id.labinov.examples.LifecycleDemo}
 * (one innovation, in memory); the Lebak lab year, the rules-only application and the custom rule
 * type are in the sub-packages.
 */
package id.labinov.examples;

/**
 * Deliberately bad classes that {@code ArchitectureRulesFailTest} uses to prove each architecture
 * rule fails. Test code only; never imported by {@code ArchitectureTest}.
 */
package id.labinov.core.architecture.planted;

/** Deliberately bad classes: each breaks one architecture rule, to prove the rule can fail. */
package id.labinov.reporting.architecture.planted;

/** Generated lab years (QuickTheories): plans, steps, the cast, and the driver that plays them. */
package id.labinov.oracle.gen;

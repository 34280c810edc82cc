/**
 * The Lebak lab year (the Quick start program): {@link id.labinov.examples.lebak.LebakLabYear} runs
 * a year of Kabupaten Lebak's innovation lab on a database and writes every report.
 */
package id.labinov.examples.lebak;

/**
 * API. Lab programmes (cohorts): a region's year of the 5D method with its organising unit,
 * participating OPDs, coaches, target and phase windows; the pure decisions on opening, adjusting
 * and closing one; and progress against target and schedule.
 */
package id.labinov.core.programme;

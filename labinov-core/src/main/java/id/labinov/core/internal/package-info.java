/**
 * Internal, not API: argument checks ({@code Checks}) and the search normal form
 * ({@code SearchText}) shared by labinov's modules. The module descriptor exports this package only
 * to labinov's own adapter modules; it may change in any release without notice.
 */
package id.labinov.core.internal;

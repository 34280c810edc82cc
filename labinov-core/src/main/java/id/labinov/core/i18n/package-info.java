/** API. User-facing texts in Bahasa Indonesia (default) and English, from message keys. */
package id.labinov.core.i18n;

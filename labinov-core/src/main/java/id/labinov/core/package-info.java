/**
 * labinov core: the entry points and the base exception types shared by every module.
 *
 * <p>Sub-packages: {@code model} (domain values), {@code rules} (rulebooks and gates),
 * {@code i18n} (messages in Bahasa Indonesia and English).
 */
package id.labinov.core;

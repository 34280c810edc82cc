package id.labinov.reporting.data;

/** How the showcase catalogue groups innovations. */
public enum CatalogueGrouping {
  /** By unit (OPD), by code; innovations without a unit last. */
  OPD,
  /** By theme, by code; an innovation with two themes is listed under both; those without a theme last. */
  THEME
}

package id.labinov.core.query;


import id.labinov.core.spi.InnovationQuery;
/** What {@link InnovationQuery#count} groups by. */
public enum Dimension {
  /** The current stage code. */
  STAGE,
  /** The status. */
  STATUS,
  /** The unit's code ({@code ""} when not set). */
  OPD,
  /** The form ({@code ""} when not set). */
  BENTUK,
  /** The type ({@code ""} when not set). */
  JENIS,
  /** The programme ({@code ""} when none). */
  PROGRAMME,
  /** Each theme (an innovation with two themes counts under both; {@code ""} when none). */
  THEME
}

package io.csol.sdk.core;

import java.util.Locale;

/**
 * The file format of an export, shared by the tools that export (e.g.
 * {@code InvoicesClient.export} and {@code StatementsClient.export}).
 */
public enum ExportFormat {
  /** Comma-separated values, UTF-8, with a header row. */
  CSV("text/csv"),
  /** An Office Open XML spreadsheet. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Returns the media type the server sends for this format.
   *
   * @return e.g. {@code text/csv}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the value of the {@code format} query parameter.
   *
   * @return {@code csv} or {@code xlsx}
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}

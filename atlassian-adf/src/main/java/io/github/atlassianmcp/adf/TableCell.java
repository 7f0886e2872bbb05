package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/** A table cell, header or data: {@link Adf#header} and {@link Adf#cell}. */
public final class TableCell extends AdfNode {

  TableCell(JsonObject json) {
    super(json);
  }
}

package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/** A row of a table: {@link Adf#row}. */
public final class TableRow extends AdfNode {

  TableRow(JsonObject json) {
    super(json);
  }
}

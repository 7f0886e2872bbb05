package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/** An item of a bullet or ordered list: {@link Adf#item}. */
public final class ListItem extends AdfNode {

  ListItem(JsonObject json) {
    super(json);
  }
}

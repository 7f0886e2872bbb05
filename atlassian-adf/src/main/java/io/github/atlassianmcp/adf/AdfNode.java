package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/**
 * One node of a document made with {@link Adf}'s factories: immutable, its JSON built once and copied on the
 * way out, so a node can be reused in several documents.
 */
public abstract class AdfNode {

  private final JsonObject json;

  AdfNode(JsonObject json) {
    this.json = json;
  }

  /** The node's type in the ADF schema ({@code paragraph}, {@code text}, {@code tableCell}...). */
  public final String type() {
    return json.get("type").getAsString();
  }

  /** A copy of the node's JSON. */
  public final JsonObject toJson() {
    return json.deepCopy();
  }

  /** The node's JSON without a copy, for the builders of this package (which never change it). */
  final JsonObject json() {
    return json;
  }

  @Override
  public final String toString() {
    return json.toString();
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof AdfNode node && getClass() == node.getClass() && json.equals(node.json);
  }

  @Override
  public final int hashCode() {
    return json.hashCode();
  }
}

package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/**
 * A block node: a paragraph, heading, list, code block, quote, panel, rule, table or task list. Where it may
 * go is checked when it is placed ({@link Adf#doc}, {@link Adf#panel}, {@link Adf#cell}...), naming the rule.
 */
public final class Block extends AdfNode {

  Block(JsonObject json) {
    super(json);
  }
}

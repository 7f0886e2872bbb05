package io.github.atlassianmcp.server.cli;

import com.google.gson.JsonParser;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code call TOOL name=value ...}: runs one tool from a terminal and prints its text answer, the way a person
 * tries the tools or a script uses them. Exit code 0 for an answer, 1 for a tool error, 2 for a usage error.
 */
final class CallCommand {

  static final String USAGE = """
      Usage: java -jar atlassian-mcp-server.jar [--sandbox] call TOOL [name=value ...]
        Runs one tool and prints its answer. Values are text; lists may be written as a,b or ["a","b"].
        Example: java -jar atlassian-mcp-server.jar --sandbox call jira_search jql="project = PROJ" max_results=5""";

  private final ServerAssembly assembly;

  CallCommand(ServerAssembly assembly) {
    this.assembly = assembly;
  }

  int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).startsWith("-")) {
      err.println(USAGE);
      return ExitCode.USAGE;
    }
    String name = args.get(0);
    if (assembly.inventory().find(name).isEmpty()) {
      err.println("Unknown tool " + name + ". Tools: " + String.join(", ",
          assembly.inventory().enabled().stream().map(ServerTool::name).toList()) + ".");
      return ExitCode.USAGE;
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (String pair : args.subList(1, args.size())) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        err.println("Arguments are name=value, got \"" + pair + "\".\n" + USAGE);
        return ExitCode.USAGE;
      }
      arguments.put(pair.substring(0, eq), value(pair.substring(eq + 1)));
    }
    ToolResult result = assembly.handler().handle(name, arguments, message -> err.println("… " + message));
    (result.error() ? err : out).println(result.text());
    return result.error() ? ExitCode.FAILED : ExitCode.OK;
  }

  /** A JSON list stays a list; everything else is text, which the tools read as they need. */
  private static Object value(String text) {
    if (text.startsWith("[") && text.endsWith("]")) {
      try {
        List<String> items = new ArrayList<>();
        JsonParser.parseString(text).getAsJsonArray().forEach(item -> items.add(item.getAsString()));
        return items;
      } catch (RuntimeException notJson) {
        return text;
      }
    }
    return text;
  }
}

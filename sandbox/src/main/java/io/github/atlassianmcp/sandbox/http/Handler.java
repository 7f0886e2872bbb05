package io.github.atlassianmcp.sandbox.http;

/** Answers one product route. May throw {@link ApiException} to answer with an error. */
@FunctionalInterface
public interface Handler {
  HttpResponse handle(Call call);
}

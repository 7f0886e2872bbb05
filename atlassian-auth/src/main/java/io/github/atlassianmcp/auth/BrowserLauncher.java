package io.github.atlassianmcp.auth;

import java.net.URI;

/** Opens a URL in the user's browser. */
@FunctionalInterface
public interface BrowserLauncher {

  /** Returns whether a browser was started; when not, the caller shows the URL instead. */
  boolean open(URI url);
}

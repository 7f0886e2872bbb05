package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

/** What every Confluence resource shares: the data, the people, the clock and the common answers. */
public final class ConfluenceSite {

  private final ConfluenceStore store;
  private final UserDirectory users;
  private final Clock clock;

  public ConfluenceSite(ConfluenceStore store, UserDirectory users, Clock clock) {
    this.store = store;
    this.users = users;
    this.clock = clock;
  }

  public ConfluenceStore store() {
    return store;
  }

  public UserDirectory users() {
    return users;
  }

  public Clock clock() {
    return clock;
  }

  /** The numeric ID in a v2 path variable, or Confluence's 400. */
  static long id(Call call, String variable) {
    String value = call.pathVariable(variable);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ApiException(ApiFamily.CONFLUENCE_V2.error(400, "The " + variable + " '" + value
          + "' is not a valid ID: IDs are numbers."));
    }
  }

  static ApiException v2NotFound() {
    return new ApiException(ApiFamily.CONFLUENCE_V2.error(404, null));
  }

  static ApiException v2BadRequest(String detail) {
    return new ApiException(ApiFamily.CONFLUENCE_V2.error(400, detail));
  }

  /** {@code /spaces/ENG/pages/123/Title}, the web UI path of a page below the wiki base. */
  static String webui(Space space, Page page) {
    return "/spaces/" + space.key() + "/pages/" + page.id() + "/" + ConfluenceStore.slug(page.title());
  }

  /** Confluence's short link: the page ID in little-endian base64, as {@code /x/...}. */
  static String tinyui(Page page) {
    long id = page.id();
    byte[] bytes = new byte[8];
    int length = 0;
    while (id > 0) {
      bytes[length++] = (byte) (id & 0xff);
      id >>>= 8;
    }
    return "/x/" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Arrays.copyOf(bytes, length));
  }
}

package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.confluence.body.BodyContext;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.util.Optional;

/** The conversion context of content on a page: the page's attachments and the site's people. */
public record PageBodyContext(ConfluenceStore store, UserDirectory users, long pageId) implements BodyContext {

  @Override
  public String mediaCollection() {
    return "contentId-" + pageId;
  }

  @Override
  public Optional<String> fileId(String filename) {
    return store.attachments(pageId).stream().filter(attachment -> attachment.filename().equals(filename))
        .map(Attachment::fileId).findFirst();
  }

  @Override
  public Optional<String> filename(String fileId) {
    return store.attachments(pageId).stream().filter(attachment -> attachment.fileId().equals(fileId))
        .map(Attachment::filename).findFirst();
  }

  @Override
  public Optional<String> displayName(String accountId) {
    return users.byAccountId(accountId).map(SandboxUser::displayName);
  }
}

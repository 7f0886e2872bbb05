package io.github.atlassianmcp.sandbox.confluence.body;

import java.util.Optional;

/**
 * What converting a body between storage and ADF needs to know about the site: ADF names an image by the
 * media file ID of its attachment and a mention carries the person's name, where storage names the file and
 * the account only.
 */
public interface BodyContext {

  /** The media collection of the content's attachments, {@code contentId-123}. */
  String mediaCollection();

  /** The media file ID of the attachment with this file name on the content. */
  Optional<String> fileId(String filename);

  /** The file name of the attachment with this media file ID. */
  Optional<String> filename(String fileId);

  /** The display name of an account. */
  Optional<String> displayName(String accountId);

  /** A context that knows no attachments and no people, for bodies that refer to neither. */
  static BodyContext empty(long contentId) {
    return new BodyContext() {
      @Override
      public String mediaCollection() {
        return "contentId-" + contentId;
      }

      @Override
      public Optional<String> fileId(String filename) {
        return Optional.empty();
      }

      @Override
      public Optional<String> filename(String fileId) {
        return Optional.empty();
      }

      @Override
      public Optional<String> displayName(String accountId) {
        return Optional.empty();
      }
    };
  }
}

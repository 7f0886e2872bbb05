package io.github.atlassianmcp.sandbox.media;

import java.util.Optional;

/** A product whose files the media host serves: Jira's attachments, for one. */
@FunctionalInterface
public interface MediaSource {

  /** The file with this media UUID, if the product has it. */
  Optional<MediaFile> mediaFile(String id);
}

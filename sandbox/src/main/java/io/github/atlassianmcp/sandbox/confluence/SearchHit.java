package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfText;
import java.time.Instant;
import java.util.List;

/** Something CQL can find: a page (with its space) or a space. */
sealed interface SearchHit {

  String type();

  Space space();

  String title();

  /** Everything text search looks in. */
  String text();

  List<String> labels();

  SandboxUser creator();

  Instant created();

  Instant lastModified();

  /** A page, with its body as plain text and the IDs of its ancestors. */
  record PageHit(Page page, Space space, String bodyText, List<String> ancestorIds) implements SearchHit {
    static PageHit of(Page page, Space space, List<Page> ancestors) {
      return new PageHit(page, space, AdfText.of(page.adf()), ancestors.stream().map(Page::idText).toList());
    }

    public String type() {
      return "page";
    }

    public String title() {
      return page.title();
    }

    public String text() {
      return page.title() + "\n" + bodyText + "\n" + String.join(" ", page.labels());
    }

    public List<String> labels() {
      return page.labels();
    }

    public SandboxUser creator() {
      return page.author();
    }

    public Instant created() {
      return page.createdAt();
    }

    public Instant lastModified() {
      return page.version().createdAt();
    }
  }

  record SpaceHit(Space space) implements SearchHit {
    public String type() {
      return "space";
    }

    public String title() {
      return space.name();
    }

    public String text() {
      return space.name() + "\n" + space.description();
    }

    public List<String> labels() {
      return List.of();
    }

    public SandboxUser creator() {
      return space.author();
    }

    public Instant created() {
      return space.createdAt();
    }

    public Instant lastModified() {
      return space.createdAt();
    }
  }
}

package io.github.atlassianmcp.sandbox.seed;

import io.github.atlassianmcp.sandbox.confluence.ConfluenceStore;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.media.MediaFiles;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDeskStore;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The seeded site, built fresh for every sandbox: the same anchor time gives the same data. Dates are spread
 * back from the anchor (the sandbox's clock at start, to the minute), so "updated in the last week" always finds
 * something.
 */
public final class SeedData {

  private final JiraStore jira;
  private final ConfluenceStore confluence;
  private final ServiceDeskStore serviceDesk;
  private final MediaFiles media;

  private SeedData(JiraStore jira, ConfluenceStore confluence, ServiceDeskStore serviceDesk, MediaFiles media) {
    this.jira = jira;
    this.confluence = confluence;
    this.serviceDesk = serviceDesk;
    this.media = media;
  }

  public static SeedData create(UserDirectory users, Instant now) {
    Instant anchor = now.truncatedTo(ChronoUnit.MINUTES);
    JiraStore jira = new JiraStore(
        JiraProjects.projects(users.currentUser(), users.byAccountId(SeedUsers.AMARA).orElseThrow()),
        JiraProjects.priorities());
    new JiraSeed(jira, users, anchor).seed();
    ServiceDeskStore serviceDesk = new ServiceDeskSeed(jira, users, anchor).seed();
    ConfluenceStore confluence = new ConfluenceStore(98300);
    MediaFiles media = new MediaFiles();
    new ConfluenceSeed(confluence, users, anchor).seed();
    new LossCheckPage(confluence, media, users, anchor).seed();
    return new SeedData(jira, confluence, serviceDesk, media);
  }

  public JiraStore jira() {
    return jira;
  }

  public ConfluenceStore confluence() {
    return confluence;
  }

  public ServiceDeskStore serviceDesk() {
    return serviceDesk;
  }

  /** The bytes of seeded attachments, by media file ID. */
  public MediaFiles media() {
    return media;
  }
}

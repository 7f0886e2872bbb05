package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.FieldCreateMetadata;
import io.github.atlassianmcp.client.jira.platform.model.IssueTypeIssueCreateMetadata;
import io.github.atlassianmcp.client.jira.platform.model.JsonTypeBean;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.ClosestNames;
import io.github.atlassianmcp.server.tools.ToolInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Jira lets an edit or a create set, with the allowed values: an issue's edit metadata, a project's create
 * metadata for one issue type. Kept in a {@link MetadataCache} for a few minutes per site and account.
 */
public final class FieldMetadata {

  /** Jira's largest page of create metadata fields. */
  private static final int PAGE = 200;

  private final AtlassianAccess access;
  private final MetadataCache cache;

  public FieldMetadata(AtlassianAccess access, MetadataCache cache) {
    this.access = Objects.requireNonNull(access, "access");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /** The fields of an issue's edit screen. */
  Screen edit(String issueKey) {
    return cache.get(key("edit", issueKey), () -> {
      var meta = AtlassianCall.run(Product.JIRA, JiraOperations.EDIT_META, issueKey, () ->
          new IssuesApi(access.clients().jiraPlatform()).getEditIssueMeta(issueKey).execute());
      List<ScreenField> fields = new ArrayList<>();
      Map<String, io.github.atlassianmcp.client.jira.platform.model.FieldMetadata> byId =
          meta.getFields() == null ? Map.of() : meta.getFields();
      byId.forEach((id, field) -> fields.add(field(id, field.getName(), field.getRequired(), field.getSchema(),
          field.getOperations(), field.getAllowedValues())));
      return new Screen(issueKey, fields);
    });
  }

  /**
   * The create screen of one issue type in a project.
   *
   * @throws ToolInputException when the project has no such issue type, naming the ones it has
   */
  Screen create(String projectKey, String issueType) {
    List<IssueTypeIssueCreateMetadata> types = cache.get(key("types", projectKey), () -> {
      var page = AtlassianCall.run(Product.JIRA, JiraOperations.CREATE_META_TYPES, "Project " + projectKey, () ->
          new IssuesApi(access.clients().jiraPlatform()).getCreateIssueMetaIssueTypes(projectKey)
              .maxResults(PAGE).execute());
      return page.getIssueTypes() == null ? List.<IssueTypeIssueCreateMetadata>of() : page.getIssueTypes();
    });
    IssueTypeIssueCreateMetadata type = types.stream()
        .filter(t -> t.getName() != null && t.getName().equalsIgnoreCase(issueType.strip())).findFirst()
        .orElseThrow(() -> new ToolInputException("issue_type \"" + issueType + "\" is not an issue type of "
            + projectKey + ". Its issue types: " + String.join(", ", types.stream()
                .map(IssueTypeIssueCreateMetadata::getName).toList()) + "."));
    return cache.get(key("create", projectKey + "/" + type.getId()), () -> {
      List<ScreenField> fields = new ArrayList<>();
      int start = 0;
      while (true) {
        int startAt = start;
        var page = AtlassianCall.run(Product.JIRA, JiraOperations.CREATE_META_FIELDS, "Project " + projectKey, () ->
            new IssuesApi(access.clients().jiraPlatform()).getCreateIssueMetaIssueTypeId(projectKey, type.getId())
                .startAt(startAt).maxResults(PAGE).execute());
        List<FieldCreateMetadata> got = page.getFields() == null ? List.of() : page.getFields();
        got.forEach(field -> fields.add(field(field.getFieldId(), field.getName(),
            Boolean.TRUE.equals(field.getRequired()) && !Boolean.TRUE.equals(field.getHasDefaultValue()), field.getSchema(),
            field.getOperations(), field.getAllowedValues())));
        start += got.size();
        if (got.isEmpty() || page.getTotal() == null || start >= page.getTotal()) {
          break;
        }
      }
      return new Screen(type.getName() + " in " + projectKey, fields);
    });
  }

  /** Jira refused what the kept edit metadata allowed: read it again next time. */
  void forgetEdit(String issueKey) {
    cache.forget(key("edit", issueKey));
  }

  private String key(String kind, String subject) {
    var status = access.status();
    return status.siteUrl().orElse("") + " " + status.user().map(AtlassianUser::accountId).orElse("") + " "
        + kind + " " + subject;
  }

  private static ScreenField field(String id, String name, Boolean required, JsonTypeBean schema,
      List<String> operations, List<Object> allowedValues) {
    String type = schema == null || schema.getType() == null ? "any" : schema.getType();
    return new ScreenField(id, name == null ? id : name, Boolean.TRUE.equals(required), type,
        Optional.ofNullable(schema).map(JsonTypeBean::getItems), Optional.ofNullable(schema).map(JsonTypeBean::getCustom),
        operations == null ? List.of() : operations, ScreenField.choices(allowedValues));
  }

  /**
   * The fields of one screen.
   *
   * @param subject what the screen is of ("PROJ-12", "Bug in PROJ"), for errors
   */
  record Screen(String subject, List<ScreenField> fields) {

    Screen {
      fields = List.copyOf(fields);
    }

    Optional<ScreenField> byId(String id) {
      return fields.stream().filter(field -> field.id().equals(id)).findFirst();
    }

    /**
     * The field named {@code given}: its ID, or the name Jira shows (ignoring case).
     *
     * @throws ToolInputException when no field or several fields go by it, naming the close matches or the IDs
     */
    ScreenField require(String given) {
      String wanted = given.strip();
      Optional<ScreenField> byId = fields.stream().filter(field -> field.id().equalsIgnoreCase(wanted)).findFirst();
      if (byId.isPresent()) {
        return byId.get();
      }
      List<ScreenField> named = fields.stream().filter(field -> field.name().equalsIgnoreCase(wanted)).toList();
      if (named.size() == 1) {
        return named.get(0);
      }
      if (named.size() > 1) {
        throw new ToolInputException("Several fields of " + subject + " are called \"" + wanted + "\": "
            + String.join(", ", named.stream().map(field -> field.id()).toList()) + ". Use the ID.");
      }
      List<String> close = ClosestNames.to(wanted, fields.stream().map(ScreenField::name).toList());
      throw new ToolInputException("No field \"" + wanted + "\" can be set on " + subject + ". "
          + (close.isEmpty() ? "Fields it takes: " + String.join(", ", fields.stream().map(ScreenField::name)
              .limit(30).toList()) : "Did you mean: " + String.join(", ", close)) + "?");
    }
  }
}

package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;
import java.util.Locale;

/** Service desks, their request types and each request type's form. */
public final class ServiceDeskResource {

  private static final String DESK = "/rest/servicedeskapi/servicedesk/{serviceDeskId}";

  private final ServiceDeskSite site;

  public ServiceDeskResource(ServiceDeskSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/servicedeskapi/servicedesk", this::list);
    router.get(DESK, this::get);
    router.get(DESK + "/requesttype", this::requestTypes);
    router.get(DESK + "/requesttype/{requestTypeId}", this::requestType);
    router.get(DESK + "/requesttype/{requestTypeId}/field", this::requestTypeFields);
  }

  private HttpResponse list(Call call) {
    return HttpResponse.json(200, PagedDto.of(site.desks().desks(), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), "/rest/servicedeskapi/servicedesk", "",
        List.of(), desk -> JsmJson.serviceDesk(desk, call.apiBase())));
  }

  private HttpResponse get(Call call) {
    return HttpResponse.json(200, JsmJson.serviceDesk(site.desk(call), call.apiBase()));
  }

  private HttpResponse requestTypes(Call call) {
    ServiceDesk desk = site.desk(call);
    String query = call.query("searchQuery").orElse("").toLowerCase(Locale.ROOT);
    String group = call.query("groupId").orElse(null);
    List<RequestType> types = site.desks().requestTypes(desk.id()).stream()
        .filter(type -> query.isEmpty() || type.name().toLowerCase(Locale.ROOT).contains(query)
            || type.description().toLowerCase(Locale.ROOT).contains(query))
        .filter(type -> group == null || type.groupIds().contains(group))
        .toList();
    return HttpResponse.json(200, PagedDto.of(types, call.count("start", 0),
        call.count("limit", 50), call.apiBase(),
        "/rest/servicedeskapi/servicedesk/" + desk.id() + "/requesttype", "", List.of(),
        type -> JsmJson.requestType(type, call.apiBase())));
  }

  private HttpResponse requestType(Call call) {
    return HttpResponse.json(200, JsmJson.requestType(type(call), call.apiBase()));
  }

  private HttpResponse requestTypeFields(Call call) {
    return HttpResponse.json(200, JsmJson.requestTypeFields(type(call), site.jira().priorities(),
        ServiceDeskSite.isAgent(call.caller().user())));
  }

  private RequestType type(Call call) {
    ServiceDesk desk = site.desk(call);
    String id = call.pathVariable("requestTypeId");
    return site.desks().requestType(id).filter(found -> found.serviceDeskId().equals(desk.id()))
        .orElseThrow(() -> ServiceDeskSite.notFound("The request type " + id + " does not exist on service desk "
            + desk.id() + "."));
  }
}

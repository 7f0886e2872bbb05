package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.util.List;
import java.util.Locale;

/** Service desks and their request types. */
public final class ServiceDeskResource {

  private final ServiceDeskSite site;

  public ServiceDeskResource(ServiceDeskSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get("/rest/servicedeskapi/servicedesk", this::list);
    router.get("/rest/servicedeskapi/servicedesk/{serviceDeskId}", this::get);
    router.get("/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype", this::requestTypes);
    router.get("/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}", this::requestType);
  }

  private HttpResponse list(Call call) {
    return HttpResponse.json(200, PagedDto.of(site.desks().desks(), call.count("start", 0),
        call.count("limit", 50), call.apiBase(), "/rest/servicedeskapi/servicedesk", "",
        List.of(), desk -> JsmJson.serviceDesk(desk, call.apiBase())));
  }

  private HttpResponse get(Call call) {
    return HttpResponse.json(200, JsmJson.serviceDesk(desk(call), call.apiBase()));
  }

  private HttpResponse requestTypes(Call call) {
    ServiceDesk desk = desk(call);
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
    ServiceDesk desk = desk(call);
    String id = call.pathVariable("requestTypeId");
    RequestType type = site.desks().requestType(id).filter(found -> found.serviceDeskId().equals(desk.id()))
        .orElseThrow(() -> ServiceDeskSite.notFound("The request type " + id + " does not exist on service desk "
            + desk.id() + "."));
    return HttpResponse.json(200, JsmJson.requestType(type, call.apiBase()));
  }

  private ServiceDesk desk(Call call) {
    String id = call.pathVariable("serviceDeskId");
    return site.desks().desk(id).or(() -> site.desks().desks().stream()
            .filter(desk -> desk.project().key().equalsIgnoreCase(id)).findFirst())
        .orElseThrow(() -> ServiceDeskSite.notFound("The service desk " + id + " does not exist, or you do not"
            + " have permission to see it."));
  }
}

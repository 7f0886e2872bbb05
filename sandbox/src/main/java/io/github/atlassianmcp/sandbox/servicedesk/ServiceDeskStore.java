package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Service desks, their request types and SLA goals, and the customer requests, by issue key. */
public final class ServiceDeskStore {

  private final List<ServiceDesk> desks;
  private final List<RequestType> requestTypes;
  private final List<SlaGoal> slaGoals;
  private final Map<String, CustomerRequest> requests = new LinkedHashMap<>();

  public ServiceDeskStore(List<ServiceDesk> desks, List<RequestType> requestTypes, List<SlaGoal> slaGoals) {
    this.desks = List.copyOf(desks);
    this.requestTypes = List.copyOf(requestTypes);
    this.slaGoals = List.copyOf(slaGoals);
  }

  public List<ServiceDesk> desks() {
    return desks;
  }

  public Optional<ServiceDesk> desk(String id) {
    return desks.stream().filter(desk -> desk.id().equals(id)).findFirst();
  }

  public List<RequestType> requestTypes(String serviceDeskId) {
    return requestTypes.stream().filter(type -> type.serviceDeskId().equals(serviceDeskId)).toList();
  }

  public Optional<RequestType> requestType(String id) {
    return requestTypes.stream().filter(type -> type.id().equals(id)).findFirst();
  }

  public List<SlaGoal> slaGoals() {
    return slaGoals;
  }

  public synchronized void put(CustomerRequest request) {
    requests.put(request.issueKey().toUpperCase(Locale.ROOT), request);
  }

  public synchronized Optional<CustomerRequest> request(String issueKey) {
    return Optional.ofNullable(requests.get(issueKey.toUpperCase(Locale.ROOT)));
  }

  public synchronized List<CustomerRequest> requests() {
    return List.copyOf(requests.values());
  }
}

package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Service desks with their request types, queues and SLA goals, and the customer requests, by issue key. A
 * request changes as a whole ({@link #update}), so a reader never sees half an edit.
 */
public final class ServiceDeskStore {

  private final List<ServiceDesk> desks;
  private final List<RequestType> requestTypes;
  private final List<Queue> queues;
  private final List<SlaGoal> slaGoals;
  private final Map<String, CustomerRequest> requests = new LinkedHashMap<>();
  private long lastApprovalId;

  public ServiceDeskStore(List<ServiceDesk> desks, List<RequestType> requestTypes, List<Queue> queues,
      List<SlaGoal> slaGoals) {
    this.desks = List.copyOf(desks);
    this.requestTypes = List.copyOf(requestTypes);
    this.queues = List.copyOf(queues);
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

  public List<Queue> queues(String serviceDeskId) {
    return queues.stream().filter(queue -> queue.serviceDeskId().equals(serviceDeskId)).toList();
  }

  public List<SlaGoal> slaGoals() {
    return slaGoals;
  }

  /** A fresh approval ID, numbered across the site as JSM's are. */
  public synchronized String nextApprovalId() {
    return Long.toString(++lastApprovalId);
  }

  public synchronized void put(CustomerRequest request) {
    requests.put(request.issueKey().toUpperCase(Locale.ROOT), request);
  }

  /** Replaces a request with its changed value; empty when there is no such request. */
  public synchronized Optional<CustomerRequest> update(String issueKey, UnaryOperator<CustomerRequest> change) {
    String key = issueKey.toUpperCase(Locale.ROOT);
    CustomerRequest current = requests.get(key);
    if (current == null) {
      return Optional.empty();
    }
    CustomerRequest updated = change.apply(current);
    requests.put(key, updated);
    return Optional.of(updated);
  }

  public synchronized Optional<CustomerRequest> request(String issueKey) {
    return Optional.ofNullable(requests.get(issueKey.toUpperCase(Locale.ROOT)));
  }

  public synchronized List<CustomerRequest> requests() {
    return List.copyOf(requests.values());
  }
}

package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import io.github.atlassianmcp.client.servicedesk.api.ServicedeskApi;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestStatusDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOServiceDeskDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOSlaInformationDTO;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jira Service Management: validated against the official spec when the build could obtain it, otherwise
 * against our own subset document (specs/jira-service-management.json).
 */
@ExtendWith(ContractSite.class)
class ServiceDeskContractTest {


  @Test
  void listOpenRequestsMatchingASearch(ContractHarness site) throws Exception {
    site.stub("GET", "/rest/servicedeskapi/request", 200, "servicedesk/requests.json");

    PagedDTOCustomerRequestDTO page = new RequestApi(site.clients().serviceDesk()).getCustomerRequests()
        .searchTerm("VPN").requestStatus("OPEN_REQUESTS").start(0).limit(2).execute();

    assertFalse(page.getIsLastPage());
    CustomerRequestDTO request = page.getValues().get(0);
    assertEquals("SUP-7", request.getIssueKey());
    assertEquals(CustomerRequestStatusDTO.StatusCategoryEnum.NEW, request.getCurrentStatus().getStatusCategory());
    assertEquals(1705354200000L, request.getCreatedDate().getEpochMillis());
    site.server().verify(getRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request"))
        .withQueryParam("searchTerm", equalTo("VPN"))
        .withQueryParam("requestStatus", equalTo("OPEN_REQUESTS")));
  }

  @Test
  void getOneRequestWithItsCommentsAndSlas(ContractHarness site) throws Exception {
    site.stub("GET", "/rest/servicedeskapi/request/SUP-7", 200, "servicedesk/request.json");
    site.stub("GET", "/rest/servicedeskapi/request/SUP-7/comment", 200, "servicedesk/comments.json");
    site.stub("GET", "/rest/servicedeskapi/request/SUP-7/sla", 200, "servicedesk/sla.json");
    RequestApi requests = new RequestApi(site.clients().serviceDesk());

    CustomerRequestDTO request = requests.getCustomerRequestByIdOrKey("SUP-7").expand(List.of("status", "requestType"))
        .execute();
    PagedDTOCommentDTO comments = requests.getRequestComments("SUP-7")._public(true).internal(true).start(0).limit(5)
        .execute();
    PagedDTOSlaInformationDTO slas = requests.getSlaInformation("SUP-7").execute();

    assertEquals("VPN drops every 10 minutes", request.getRequestFieldValues().get(0).getValue());
    assertTrue(comments.getValues().get(0).getPublic());
    assertEquals("Time to resolution", slas.getValues().get(1).getName());
    assertEquals("23h", slas.getValues().get(1).getOngoingCycle().getRemainingTime().getFriendly());
    assertNull(slas.getValues().get(0).getOngoingCycle());
  }

  @Test
  void listServiceDesks(ContractHarness site) throws Exception {
    site.stub("GET", "/rest/servicedeskapi/servicedesk", 200, "servicedesk/servicedesks.json");

    PagedDTOServiceDeskDTO desks = new ServicedeskApi(site.clients().serviceDesk()).getServiceDesks().start(0).limit(50).execute();

    assertEquals("SUP", desks.getValues().get(0).getProjectKey());
  }
}

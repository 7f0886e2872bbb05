package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import io.github.atlassianmcp.client.servicedesk.api.ServicedeskApi;
import io.github.atlassianmcp.client.servicedesk.model.ApprovalDTO;
import io.github.atlassianmcp.client.servicedesk.model.ApprovalDecisionRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestCreateMetaDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestStatusDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOIssueBean;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOServiceDeskDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOSlaInformationDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestCreateDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestTypeFieldDTO;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jira Service Management: validated against Atlassian's published spec (with our corrections of its repeated
 * operation ids), or against our fallback document in a build that could not obtain it.
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

  @Test
  void readARequestTypesFormThenRaiseARequestOnBehalfOfACustomer(ContractHarness site) throws Exception {
    site.stub("GET", "/rest/servicedeskapi/servicedesk/3/requesttype/2/field", 200,
        "servicedesk/requesttype-fields.json");
    site.stub("POST", "/rest/servicedeskapi/request", 201, "servicedesk/created-request.json");
    ServicedeskApi desks = new ServicedeskApi(site.clients().serviceDesk());

    CustomerRequestCreateMetaDTO form = desks.getRequestTypeFields("3", 2).execute();
    RequestTypeFieldDTO product = form.getRequestTypeFields().get(1);
    CustomerRequestDTO created = new RequestApi(site.clients().serviceDesk()).createCustomerRequest(
        new RequestCreateDTO()
            .serviceDeskId("3")
            .requestTypeId("2")
            .raiseOnBehalfOf("qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d3581db05e2a66fa80b")
            .putRequestFieldValuesItem("summary", "Checkout button does nothing")
            .putRequestFieldValuesItem(product.getFieldId(),
                Map.of("id", product.getValidValues().get(0).getValue()))).execute();

    assertTrue(product.getRequired());
    assertEquals("option", product.getJiraSchema().getType());
    assertEquals("SUP-31", created.getIssueKey());
    site.server().verify(postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request"))
        .withRequestBody(equalToJson("{\"serviceDeskId\":\"3\",\"requestTypeId\":\"2\","
            + "\"raiseOnBehalfOf\":\"qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d3581db05e2a66fa80b\","
            + "\"requestFieldValues\":{\"summary\":\"Checkout button does nothing\","
            + "\"customfield_10050\":{\"id\":\"10100\"}}}")));
  }

  @Test
  void answerAnApprovalAndReadAQueue(ContractHarness site) throws Exception {
    site.stub("POST", "/rest/servicedeskapi/request/SUP-31/approval/14", 200, "servicedesk/approval.json");
    site.stub("GET", "/rest/servicedeskapi/servicedesk/3/queue/12/issue", 200, "servicedesk/queue-issues.json");

    ApprovalDTO approval = new RequestApi(site.clients().serviceDesk()).answerApproval("SUP-31", 14,
        new ApprovalDecisionRequestDTO().decision(ApprovalDecisionRequestDTO.DecisionEnum.APPROVE)).execute();
    PagedDTOIssueBean queue = new ServicedeskApi(site.clients().serviceDesk()).getIssuesInQueue("3", 12L).start(0).limit(50)
        .execute();

    assertEquals(ApprovalDTO.FinalDecisionEnum.APPROVED, approval.getFinalDecision());
    assertFalse(approval.getCanAnswerApproval());
    assertEquals("SUP-31", queue.getValues().get(0).getKey());
    assertEquals("Checkout button does nothing", queue.getValues().get(0).getFields().get("summary"));
    site.server().verify(postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/SUP-31/approval/14"))
        .withRequestBody(equalToJson("{\"decision\":\"approve\"}")));
  }
}
